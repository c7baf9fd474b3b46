package com.griddesk.timelimit;

import java.util.Map;

import com.griddesk.support.ApiClient.Response;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TimeLimitRuleSetsTest extends TimeTravelTestBase {

    @Test
    void the_default_rules_encode_the_public_commitments() {
        Response rules = api.get("agent", "/api/v1/time-limits/rules?version=1");
        assertThat(rules.status()).isEqualTo(200);
        assertThat(rules.body().get("version").asInt()).isEqualTo(1);
        boolean urbanArrival = false;
        for (JsonNode r : rules.body().get("rules")) {
            if (r.get("code").asString().equals("FAULT_REPAIR") && r.get("clock").asString().equals("ARRIVE")
                    && "URBAN".equals(r.path("regionClass").asString(null))) {
                urbanArrival = r.get("amount").asInt() == 45 && r.get("unit").asString().equals("MINUTES");
            }
        }
        assertThat(urbanArrival).isTrue();
    }

    @Test
    void a_new_version_applies_to_new_orders_and_running_orders_keep_theirs() {
        travelTo("2026-12-01T10:00");
        String before = open("BJ-CQ-S2", 40, "PHONE", "COMPLAINT.SERVICE.CHANNEL", "95598打不通").text("number");
        assertThat(deadline(before, "REPLY")).isEqualTo(at("2026-12-07T10:00"));

        assertThat(api.post("supervisor", "/api/v1/time-limits/rule-sets/draft/rules", Map.of()).status()).isEqualTo(403);
        Response draft = api.post("admin", "/api/v1/time-limits/rule-sets/draft/rules", Map.of("code", "COMPLAINT.SERVICE",
                "clock", "REPLY", "amount", 2, "unit", "WORKING_DAYS", "source", "test: stricter service complaints"));
        assertThat(draft.status()).isEqualTo(200);
        int version = draft.body().get("version").asInt();
        assertThat(draft.body().get("published").asBoolean()).isFalse();
        Response invalid = api.post("admin", "/api/v1/time-limits/rule-sets/draft/rules",
                Map.of("code", "COMPLAINT", "clock", "REPLY", "amount", 0, "unit", "HOURS"));
        assertThat(invalid.status()).isEqualTo(422);

        Response published = api.post("admin", "/api/v1/time-limits/rule-sets/draft/publish", Map.of("note", "test"));
        assertThat(published.status()).isEqualTo(200);
        assertThat(api.get("agent", "/api/v1/time-limits/rules").body().get("version").asInt()).isEqualTo(version);

        clock.travelTo(at("2026-12-01T11:00"));
        String after = open("BJ-CQ-S2", 41, "PHONE", "COMPLAINT.SERVICE.CHANNEL", "营业厅排队太久").text("number");
        assertThat(deadline(after, "REPLY")).isEqualTo(at("2026-12-03T11:00"));
        assertThat(clockOf(after, "REPLY").get("ruleSetVersion").asInt()).isEqualTo(version);

        assertThat(deadline(before, "REPLY")).isEqualTo(at("2026-12-07T10:00"));
        assertThat(clockOf(before, "REPLY").get("ruleSetVersion").asInt()).isLessThan(version);
    }

    @Test
    void administrators_edit_the_holiday_calendar() {
        assertThat(api.get("agent", "/api/v1/time-limits/calendar?year=2026").body().findValuesAsString("day"))
                .contains("2026-10-01", "2026-02-14");
        Response put = api.raw("PUT", "/api/v1/time-limits/calendar/2027-01-01", "{\"kind\":\"HOLIDAY\",\"name\":\"元旦 New Year\"}",
                "application/json", Map.of("Authorization", "Bearer " + api.token("admin")));
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body().findValuesAsString("day")).contains("2027-01-01");
        Response denied = api.raw("PUT", "/api/v1/time-limits/calendar/2027-01-02", "{\"kind\":\"HOLIDAY\",\"name\":\"x\"}",
                "application/json", Map.of("Authorization", "Bearer " + api.token("agent")));
        assertThat(denied.status()).isEqualTo(403);
    }
}
