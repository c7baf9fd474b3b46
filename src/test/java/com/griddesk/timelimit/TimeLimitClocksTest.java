package com.griddesk.timelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Time-travel tests of the clocks, with the default rule set of shared/domain/time-limits.md. */
class TimeLimitClocksTest extends TimeTravelTestBase {

    @Test
    void a_repair_crew_has_45_minutes_in_town_and_90_in_the_country() {
        travelTo("2026-07-15T14:00");
        String urban = open("BJ-CQ-S1", 30, "PHONE", "FAULT_REPAIR.LOW_VOLTAGE", "整栋楼停电").text("number");
        String rural = open("BJ-JN-S1", 30, "PHONE", "FAULT_REPAIR.LOW_VOLTAGE", "村里停电").text("number");
        String remote = open("BJ-SB-S1", 30, "PHONE", "FAULT_REPAIR.LOW_VOLTAGE", "山里停电").text("number");

        assertThat(deadline(urban, "ARRIVE")).isEqualTo(at("2026-07-15T14:45"));
        assertThat(deadline(rural, "ARRIVE")).isEqualTo(at("2026-07-15T15:30"));
        assertThat(deadline(remote, "ARRIVE")).isEqualTo(at("2026-07-15T16:00"));
        assertThat(deadline(urban, "DISPATCH")).isEqualTo(at("2026-07-15T14:05"));

        // 75 % of 45 minutes: the urban order warns yellow at 14:33:45, the rural one not yet
        scanner.scan(at("2026-07-15T14:34"));
        assertThat(warnings(urban, "ARRIVE", "YELLOW")).isEqualTo(1);
        assertThat(warnings(rural, "ARRIVE", "YELLOW")).isZero();
        scanner.scan(at("2026-07-15T14:46"));
        assertThat(warnings(urban, "ARRIVE", "RED")).isEqualTo(1);
        assertThat(warnings(rural, "ARRIVE", "RED")).isZero();
        assertThat(clockOf(urban, "ARRIVE").get("state").asString()).isEqualTo("RUNNING");

        clock.travelTo(at("2026-07-15T14:50"));
        assertThat(clockOf(urban, "ARRIVE").get("state").asString()).isEqualTo("BREACHED");
        assertThat(clockOf(urban, "ARRIVE").get("remainingSeconds").asLong()).isEqualTo(-300);
    }

    @Test
    void arrival_stops_at_check_in_and_restoration_runs_from_there() {
        travelTo("2026-07-16T09:00");
        String number = open("BJ-CQ-S2", 31, "PHONE", "FAULT_REPAIR.LOW_VOLTAGE", "停电").text("number");
        String path = "/api/v1/work-orders/" + number;
        api.post("dispatcher", path + "/dispatch", Map.of());
        clock.travelTo(at("2026-07-16T09:02"));
        assertThat(clockOf(number, "DISPATCH").get("state").asString()).isEqualTo("MET");
        api.post("crew", path + "/accept", Map.of());
        clock.travelTo(at("2026-07-16T09:40"));
        assertThat(api.post("crew", path + "/check-in", Map.of("location", "22.81,113.29")).status()).isEqualTo(200);

        assertThat(clockOf(number, "ARRIVE").get("state").asString()).isEqualTo("MET");
        assertThat(deadline(number, "RESTORE")).isEqualTo(at("2026-07-16T12:40"));

        clock.travelTo(at("2026-07-16T13:00"));
        var resolved = api.post("crew", path + "/resolve", Map.of("result", "更换熔断器", "rootCause", "EQUIPMENT_AGEING", "responsibility", "COMPANY"));
        assertThat(resolved.status()).as(resolved.raw().body()).isEqualTo(200);
        assertThat(clockOf(number, "RESTORE").get("state").asString()).isEqualTo("BREACHED");
        assertThat(clockOf(number, "CALLBACK").get("state").asString()).isEqualTo("RUNNING");
    }

    @Test
    void a_complaint_on_the_friday_before_national_day_is_due_on_the_right_working_day() {
        travelTo("2025-09-26T10:00");
        String number = open("BJ-CQ-S3", 32, "PHONE", "COMPLAINT.SERVICE.ATTITUDE", "投诉营业员态度差").text("number");

        assertThat(deadline(number, "REPLY")).isEqualTo(at("2025-10-09T10:00"));
        assertThat(deadline(number, "CONTACT")).isEqualTo(at("2025-09-27T10:00"));
        assertThat(clockOf(number, "REPLY").get("ruleSetVersion").asInt()).isEqualTo(1);
    }

    @Test
    void a_suspension_over_a_weekend_moves_the_deadlines_by_the_time_that_did_not_count() {
        travelTo("2026-11-18T10:00");
        String number = open("BJ-CQ-S4", 33, "PHONE", "COMPLAINT.BUSINESS.BILLING", "电费异常要求核实").text("number");
        assertThat(deadline(number, "REPLY")).isEqualTo(at("2026-11-24T10:00"));
        assertThat(deadline(number, "CONTACT")).isEqualTo(at("2026-11-19T10:00"));
        String path = "/api/v1/work-orders/" + number;
        api.post("agent", path + "/remind", Map.of("note", "客户催促"));

        clock.travelTo(at("2026-11-18T18:00"));
        Response suspended = api.post("coordinator", path + "/suspend",
                Map.of("kind", "WAITING_FOR_CUSTOMER", "reason", "客户出差，周一回来后提供电费单"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(clockOf(number, "REPLY").get("state").asString()).isEqualTo("PAUSED");
        // nothing fires while paused, even long after the old deadline
        scanner.scan(at("2026-11-25T00:00"));
        assertThat(warnings(number, "REPLY", "RED")).isZero();
        assertThat(warnings(number, "CONTACT", "RED")).isZero();

        clock.travelTo(at("2026-11-23T09:00"));
        assertThat(api.post("coordinator", path + "/resume", Map.of("note", "客户已回复")).status()).isEqualTo(200);

        // REPLY (working days): Wed 10:00–18:00 used 8 h of 96; 88 h left from Mon 09:00 → Mon 15 + Tue 24 + Wed 24 + Thu 24 + Fri 1 h
        assertThat(deadline(number, "REPLY")).isEqualTo(at("2026-11-27T01:00"));
        // CONTACT (hours): 8 h used of 24, 16 h left from Mon 09:00
        assertThat(deadline(number, "CONTACT")).isEqualTo(at("2026-11-24T01:00"));
        assertThat(api.get("supervisor", path + "/timeline").body().findValuesAsString("action"))
                .contains("SUSPENDED", "RESUMED");
    }

    @Test
    void a_second_suspension_and_a_resume_without_one_are_refused() {
        travelTo("2026-06-01T10:00");
        String number = open("BJ-JN-S2", 34, "PHONE", "COMPLAINT.SERVICE.CONDUCT", "推诿").text("number");
        String path = "/api/v1/work-orders/" + number;
        assertThat(api.post("coordinator", path + "/resume", Map.of()).status()).isEqualTo(409);
        api.post("coordinator", path + "/suspend", Map.of("kind", "FORCE_MAJEURE", "reason", "台风"));
        assertThat(api.post("coordinator", path + "/suspend", Map.of("kind", "FORCE_MAJEURE", "reason", "台风")).status())
                .isEqualTo(409);
        assertThat(api.post("agent", path + "/suspend", Map.of("kind", "OTHER", "reason", "x")).status()).isEqualTo(403);
        Response noReason = api.post("supervisor", path + "/resume", null);
        assertThat(noReason.status()).isEqualTo(200);
    }

    @Test
    void a_12398_item_filed_earlier_tightens_the_linked_95598_complaints_deadline() {
        travelTo("2026-11-02T09:00");
        String regulator = open("BJ-JN-S3", 35, "REGULATOR", "COMPLAINT.OUTAGE.REPAIR", "向能源局投诉抢修慢").text("number");
        Instant regulatorDeadline = deadline(regulator, "REPLY");
        assertThat(regulatorDeadline).isEqualTo(at("2026-11-16T09:00"));

        clock.travelTo(at("2026-11-12T15:00"));
        String hotline = open("BJ-JN-S3", 36, "PHONE", "COMPLAINT.OUTAGE.REPAIR", "抢修太慢再次投诉").text("number");
        assertThat(deadline(hotline, "REPLY")).isEqualTo(at("2026-11-18T15:00"));

        Response linked = api.post("coordinator", "/api/v1/work-orders/" + hotline + "/link", Map.of("otherNumber", regulator));
        assertThat(linked.status()).isEqualTo(200);
        assertThat(deadline(hotline, "REPLY")).isEqualTo(regulatorDeadline);
        assertThat(deadline(regulator, "REPLY")).isEqualTo(regulatorDeadline);
    }

    @Test
    void a_supervision_has_its_own_deadline_and_warns_like_any_clock() {
        travelTo("2026-05-06T10:00");
        String number = open("BJ-SB-S2", 37, "PHONE", "COMPLAINT.QUALITY.VOLTAGE", "电压长期偏低").text("number");
        String path = "/api/v1/work-orders/" + number;
        assertThat(api.post("coordinator", path + "/supervise", Map.of("hours", 8, "note", "局领导督办")).status()).isEqualTo(403);
        Response supervised = api.post("supervisor", path + "/supervise", Map.of("hours", 8, "note", "局领导督办"));
        assertThat(supervised.status()).isEqualTo(200);
        assertThat(deadline(number, "SUPERVISION")).isEqualTo(at("2026-05-06T18:00"));

        scanner.scan(at("2026-05-06T18:01"));
        assertThat(warnings(number, "SUPERVISION", "RED")).isEqualTo(1);
        assertThat(api.get("supervisor", path + "/timeline").body().findValuesAsString("action"))
                .contains("SUPERVISION_OPENED", "TIME_LIMIT_RED");
    }

    @Test
    void the_order_resource_shows_its_clocks() {
        travelTo("2026-03-03T10:00");
        String number = open("BJ-CQ-S1", 38, "PHONE", "FAULT_REPAIR.HIGH_VOLTAGE", "整条线路停电").text("number");
        clock.advance(Duration.ofMinutes(10));
        Response order = api.get("supervisor", "/api/v1/work-orders/" + number);
        assertThat(order.body().get("clocks").findValuesAsString("clock")).contains("DISPATCH", "ARRIVE", "REPLY");
        assertThat(order.body().get("clocks").findValuesAsString("state")).contains("BREACHED", "RUNNING");
    }
}
