package com.griddesk.intake;

import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeContextTest extends ApiTestBase {

    @Test
    void the_agent_sees_the_callers_open_orders_and_recent_history() {
        String account = demo.customerOf("BJ-JN-S4", 2);
        Map<String, Object> call = new HashMap<>(DemoData.faultCall(account, "13944440001"));
        String open = api.post("agent", "/api/v1/work-orders", call).text("number");
        call.put("category", "CONSULTATION.BILLING");
        call.put("description", "咨询电费");
        call.put("firstContactAnswer", "已解答");
        String answered = api.post("agent", "/api/v1/work-orders", call).text("number");

        Response context = api.get("agent", "/api/v1/intake/customers/" + account + "/context");
        assertThat(context.status()).isEqualTo(200);
        assertThat(context.body().get("openOrders").findValuesAsString("number")).contains(open).doesNotContain(answered);
        assertThat(context.body().get("history").findValuesAsString("number")).contains(open, answered);
        assertThat(context.text("stationCode")).isEqualTo("BJ-JN-S4");
    }

    @Test
    void an_unknown_account_is_a_404_problem() {
        Response r = api.get("agent", "/api/v1/intake/customers/9999999999/context");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.text("code")).isEqualTo("customer-not-found");
    }
}
