package com.griddesk.workorder;

import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** An order is resolved with a code of the managed root-cause list that fits its type. */
class RootCauseTest extends ApiTestBase {

    private String acceptedFault(String station, int nth) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(station, nth), WorkOrderApiTest.newPhone()));
        body.put("insist", true);
        String number = api.post("agent", "/api/v1/work-orders", body).text("number");
        api.post("dispatcher", "/api/v1/work-orders/" + number + "/dispatch", Map.of());
        api.post("handler", "/api/v1/work-orders/" + number + "/accept", Map.of());
        return number;
    }

    @Test
    void the_list_is_seeded_from_the_csv_and_filtered_by_type() {
        JsonNode all = api.get("agent", "/api/v1/root-causes").body();
        assertThat(all.findValuesAsString("code")).contains("EQUIPMENT_AGEING", "STAFF_ATTITUDE", "NOTICE_NOT_DELIVERED",
                "BILLING_ERROR", "METERING_ERROR", "OTHER");
        JsonNode forFaults = api.get("agent", "/api/v1/root-causes?type=FAULT_REPAIR").body();
        assertThat(forFaults.findValuesAsString("code")).contains("VEGETATION", "CUSTOMER_INSTALLATION")
                .doesNotContain("STAFF_ATTITUDE");
        JsonNode english = api.getWithLanguage("agent", "/api/v1/root-causes?type=FAULT_REPAIR", "en").body();
        assertThat(english.get(0).get("name").asString()).isEqualTo("Equipment ageing");
        assertThat(jdbc.sql("select count(*) from root_cause").query(Long.class).single()).isEqualTo(all.size());
    }

    @Test
    void an_unknown_code_or_one_for_another_type_is_a_422_naming_the_field() {
        String path = "/api/v1/work-orders/" + acceptedFault("BJ-JN-S3", 11);

        Response missing = api.post("handler", path + "/resolve", Map.of("result", "已修复", "responsibility", "COMPANY"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body().get("errors").findValuesAsString("field")).containsExactly("rootCause");

        Response unknown = api.post("handler", path + "/resolve",
                Map.of("result", "已修复", "rootCause", "GREMLINS", "responsibility", "COMPANY"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("errors").findValuesAsString("field")).containsExactly("rootCause");

        Response wrongType = api.post("handler", path + "/resolve",
                Map.of("result", "已修复", "rootCause", "STAFF_ATTITUDE", "responsibility", "COMPANY"));
        assertThat(wrongType.status()).isEqualTo(422);

        Response resolved = api.post("handler", path + "/resolve",
                Map.of("result", "清理树障后恢复供电", "rootCause", "VEGETATION", "responsibility", "COMPANY"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("rootCause")).isEqualTo("VEGETATION");
    }
}
