package com.griddesk.timelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.PageClient;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reworked order is worked again: its reply clock restarts, a new callback clock starts when it is
 * resolved again, and the new round warns on its own although the first round's callback went red.
 */
class ReworkRoundsTest extends TimeTravelTestBase {

    static final String CREW = "bjjns1repairc1";

    List<String> clockNames(String number) {
        return api.get("supervisor", "/api/v1/work-orders/" + number + "/clocks").body().findValuesAsString("clock");
    }

    void resolve(String number) {
        assertThat(api.post(CREW, "/api/v1/work-orders/" + number + "/accept", Map.of()).status()).isEqualTo(200);
        Response resolved = api.post(CREW, "/api/v1/work-orders/" + number + "/resolve",
                Map.of("result", "已更换熔断器", "rootCause", "EQUIPMENT_AGEING", "responsibility", "COMPANY"));
        assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
    }

    long redNotifications(String number) {
        return jdbc.sql("select count(*) from notification where order_number = ? and event = 'WARNING_RED' and body like '%回访%'")
                .param(number).query(Long.class).single();
    }

    @Test
    void after_a_rework_the_reply_and_callback_clocks_run_again_and_warn_again_in_the_new_round() {
        travelTo("2026-12-07T09:00");
        String number = open("BJ-JN-S1", 81, "PHONE", "FAULT_REPAIR.LOW_VOLTAGE", "电压低，灯一闪一闪").text("number");
        new OrderFlow(api, demo, jdbc).dispatch(number, "BJ-JN-S1-REPAIR", CREW);
        clock.advance(Duration.ofHours(1));
        resolve(number);
        Instant firstCallback = deadline(number, "CALLBACK");

        clock.travelTo(firstCallback.plusSeconds(60));
        scanner.scan(clock.instant());
        assertThat(warnings(number, "CALLBACK", "RED")).isEqualTo(1);
        assertThat(redNotifications(number)).isEqualTo(1);

        Response back = api.post("callback", "/api/v1/callbacks/" + number + "/attempts",
                Map.of("reached", true, "solved", false, "satisfaction", "DISSATISFIED", "comment", "晚上电压还是低"));
        assertThat(back.text("status")).isEqualTo("REWORKED");
        Instant reworkedAt = clock.instant();

        // the order page and the API show the new round: the reply clock again, from the rework
        JsonNode reply = clockOf(number, "REPLY");
        assertThat(reply.get("round").asInt()).isEqualTo(2);
        assertThat(reply.get("state").asString()).isEqualTo("RUNNING");
        assertThat(Instant.parse(reply.get("startedAt").asString())).isEqualTo(reworkedAt);
        assertThat(clockNames(number)).doesNotContain("CALLBACK");
        assertThat(PageClient.loggedIn(port, "supervisor").get("/orders/" + number).body()).contains("第2轮");

        clock.advance(Duration.ofHours(2));
        resolve(number);
        JsonNode callback = clockOf(number, "CALLBACK");
        assertThat(callback.get("round").asInt()).isEqualTo(2);
        assertThat(callback.get("state").asString()).isEqualTo("RUNNING");
        Instant secondCallback = Instant.parse(callback.get("deadline").asString());
        assertThat(secondCallback).isAfter(firstCallback);

        clock.travelTo(secondCallback.plusSeconds(60));
        scanner.scan(clock.instant());
        assertThat(warnings(number, "CALLBACK", "RED")).isEqualTo(2);
        assertThat(redNotifications(number)).isEqualTo(2);
        assertThat(clockOf(number, "CALLBACK").get("state").asString()).isEqualTo("BREACHED");
    }
}
