package com.griddesk.org;

import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiClient;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.DemoData;
import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** A supply station's staff see and act on their own station's orders only, in every query. */
class DataScopeTest extends ApiTestBase {

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void setUp() {
        String hash = passwords.encode(ApiClient.DEMO_PASSWORD);
        for (String[] user : new String[][] { { "scope_s1_dispatcher", "BJ-CQ-S1", "DISPATCHER" },
            { "scope_s1_crew", "BJ-CQ-S1-REPAIR", "FIELD_CREW" }, { "scope_s2_dispatcher", "BJ-CQ-S2", "DISPATCHER" } }) {
            jdbc.sql("""
                    insert into staff (username, password_hash, full_name, unit_id, roles)
                    select ?, ?, ?, id, ? from org_unit where code = ?
                    on conflict (username) do nothing""")
                    .param(user[0]).param(hash).param(user[0]).param(new String[] { user[2] }).param(user[1]).update();
        }
    }

    private String orderAt(String station, int nth) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(station, nth), "1393333" + (1000 + nth)));
        body.put("insist", true);
        return api.post("agent", "/api/v1/work-orders", body).text("number");
    }

    @Test
    void a_station_user_cannot_read_another_stations_order() {
        String other = orderAt("BJ-CQ-S2", 11);
        Response r = api.get("scope_s1_dispatcher", "/api/v1/work-orders/" + other);
        assertThat(r.status()).isEqualTo(404);
        assertThat(api.get("scope_s1_dispatcher", "/api/v1/work-orders/" + other + "/timeline").status()).isEqualTo(404);
        assertThat(api.get("scope_s2_dispatcher", "/api/v1/work-orders/" + other).status()).isEqualTo(200);
    }

    @Test
    void a_station_user_cannot_act_on_another_stations_order() {
        String other = orderAt("BJ-CQ-S2", 12);
        Response r = api.post("scope_s1_dispatcher", "/api/v1/work-orders/" + other + "/dispatch", Map.of());
        assertThat(r.status()).isEqualTo(404);
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + other).text("status")).isEqualTo("NEW");
    }

    @Test
    void lists_hold_only_the_callers_units() {
        orderAt("BJ-CQ-S1", 13);
        orderAt("BJ-CQ-S2", 13);
        Response list = api.get("scope_s1_dispatcher", "/api/v1/work-orders?size=200");
        assertThat(list.body().get("items").findValuesAsString("unit")).isNotEmpty()
                .allSatisfy(unit -> assertThat(unit).startsWith("BJ-CQ-S1"));
        long visible = list.body().get("total").asLong();
        long atStation = demo.orderCount("unit_path like (select path from org_unit where code = 'BJ-CQ-S1') || '%'");
        assertThat(visible).isEqualTo(atStation);
    }

    @Test
    void a_station_dispatcher_cannot_dispatch_to_another_station() {
        String own = orderAt("BJ-CQ-S1", 14);
        Response r = api.post("scope_s1_dispatcher", "/api/v1/work-orders/" + own + "/dispatch",
                Map.of("unitCode", "BJ-CQ-S2-REPAIR"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors").findValuesAsString("field")).containsExactly("unitCode");
    }

    @Test
    void a_crew_sees_orders_of_its_team_once_dispatched_there_and_no_longer_after_returning_them() {
        String own = orderAt("BJ-CQ-S1", 15);
        assertThat(api.get("scope_s1_crew", "/api/v1/work-orders/" + own).status()).isEqualTo(404);
        api.post("scope_s1_dispatcher", "/api/v1/work-orders/" + own + "/dispatch", Map.of());
        assertThat(api.post("scope_s1_crew", "/api/v1/work-orders/" + own + "/accept", Map.of()).status()).isEqualTo(200);
        assertThat(api.post("scope_s1_crew", "/api/v1/work-orders/" + own + "/return", Map.of("reason", "不是低压故障")).status())
                .isEqualTo(200);
        assertThat(api.get("scope_s1_crew", "/api/v1/work-orders/" + own).status()).isEqualTo(404);
    }

    @Test
    void customers_of_other_stations_are_not_found() {
        String foreign = demo.customerOf("BJ-CQ-S2", 20);
        String own = demo.customerOf("BJ-CQ-S1", 20);
        assertThat(api.get("scope_s1_dispatcher", "/api/v1/customers/" + foreign).status()).isEqualTo(404);
        assertThat(api.get("scope_s1_dispatcher", "/api/v1/customers/" + own).status()).isEqualTo(200);
    }
}
