package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.support.ApiClient.Response;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Outage events over the API: announcement rules, warnings, intake awareness, grouping decisions, scope, figures. */
class OutageApiTest extends OutageTestBase {

    @Test
    void a_planned_outage_announced_seven_days_ahead_is_compliant_and_every_customer_is_told() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 3, 4);
        Instant start = t0.plus(Duration.ofDays(8));
        Response r = planned(feeder, start, start.plus(Duration.ofHours(8)), null);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        assertThat(r.text("state")).isEqualTo("ANNOUNCED");
        assertThat(r.body().get("compliant").asBoolean()).isTrue();
        assertThat(r.body().get("level").asString()).isEqualTo("FEEDER");
        assertThat(r.body().get("figures").get("customersAffected").asInt()).isEqualTo(12);
        assertThat(r.header("Location")).isEqualTo("/api/v1/outages/" + r.text("number"));
        assertThat(count("select count(*) from outage_notice n join outage_event e on e.id = n.event_id "
                + "where e.number = ? and n.purpose = 'PLANNED_OUTAGE'", r.text("number"))).isEqualTo(12);
    }

    @Test
    void a_planned_outage_without_its_seven_day_announcement_cannot_be_published_as_compliant() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        Instant start = t0.plus(Duration.ofDays(2));
        Response refused = planned(feeder, start, start.plus(Duration.ofHours(4)), null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("code")).isEqualTo("outage-notice-too-short");
        assertThat(refused.raw().headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.text("detail")).contains("168").contains("48");
        assertThat(events(feeder)).isEmpty();

        Response late = planned(feeder, start, start.plus(Duration.ofHours(4)), "配合市政道路改造，施工方提前进场");
        assertThat(late.status()).isEqualTo(201);
        assertThat(late.body().get("compliant").asBoolean()).isFalse();
        assertThat(late.text("lateNoticeReason")).isEqualTo("配合市政道路改造，施工方提前进场");
    }

    @Test
    void a_temporary_outage_needs_twenty_four_hours() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 1);
        Map<String, Object> body = new HashMap<>(Map.of("kind", "TEMPORARY", "feederCode", feeder.code(),
                "cause", "紧急消缺", "plannedStart", t0.plus(Duration.ofHours(30)).toString(),
                "plannedEnd", t0.plus(Duration.ofHours(33)).toString()));
        Response r = api.post("dispatcher", "/api/v1/outages", body);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("compliant").asBoolean()).isTrue();
        body.put("plannedStart", t0.plus(Duration.ofHours(5)).toString());
        assertThat(api.post("dispatcher", "/api/v1/outages", body).text("code")).isEqualTo("outage-notice-too-short");
    }

    @Test
    void a_planned_outage_overrun_raises_the_warning_once() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 3);
        Instant start = t0.plus(Duration.ofDays(7)).plus(Duration.ofHours(1));
        Instant end = start.plus(Duration.ofHours(3));
        String number = planned(feeder, start, end, null).text("number");

        clock.travelTo(start.plusSeconds(60));
        scanner.scan(clock.instant());
        JsonNode active = api.get("dispatcher", "/api/v1/outages/" + number).body();
        assertThat(active.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(active.get("startedAt").asString()).isEqualTo(start.toString());
        assertThat(count("select count(*) from outage_warning where subject_number = ?", number)).isZero();

        clock.travelTo(end.plus(Duration.ofMinutes(20)));
        scanner.scan(clock.instant());
        clock.advance(Duration.ofMinutes(30));
        scanner.scan(clock.instant());
        scanner.scan(clock.instant());

        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'OVERRUN'", number))
                .isEqualTo(2);
        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'OVERRUN' "
                + "and audience = 'STATION'", number)).isEqualTo(1);
        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'OVERRUN' "
                + "and audience = 'HOTLINE'", number)).isEqualTo(1);
        assertThat(count("select count(*) from outage_timeline t join outage_event e on e.id = t.event_id "
                + "where e.number = ? and t.action = 'WARNING_OVERRUN'", number)).isEqualTo(1);
        JsonNode view = api.get("dispatcher", "/api/v1/outages/" + number).body();
        assertThat(view.get("overrun").asBoolean()).isTrue();
        // the hotline's agent sees it first at the console, with the sentence to say
        Response context = api.get("agent", "/api/v1/intake/customers/" + feeder.callers().get(0).accountNumber() + "/context");
        JsonNode notice = context.body().get("notices").get(0);
        assertThat(notice.get("reference").asString()).isEqualTo(number);
        assertThat(notice.get("message").asString()).contains("超时");
    }

    @Test
    void a_long_outage_is_warned_about_once_after_four_hours() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        String event = outageOf(feeder, 0, 2);
        clock.advance(Duration.ofHours(3));
        scanner.scan(clock.instant());
        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'LONG_DURATION'", event))
                .isZero();
        clock.advance(Duration.ofHours(2));
        scanner.scan(clock.instant());
        scanner.scan(clock.instant());
        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'LONG_DURATION'", event))
                .isEqualTo(2);
    }

    @Test
    void a_caller_inside_an_active_outage_hears_it_first_and_the_fault_call_joins_the_event() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 3, 3);
        Response fault = api.post("dispatcher", "/api/v1/outages", Map.of("kind", "FAULT", "feederCode", feeder.code(),
                "cause", "10kV线路跳闸", "ert", t0.plus(Duration.ofHours(2)).toString()));
        assertThat(fault.status()).as(fault.raw().body()).isEqualTo(201);
        String event = fault.text("number");
        String account = feeder.callers().get(4).accountNumber();

        JsonNode context = api.get("agent", "/api/v1/intake/customers/" + account + "/context").body();
        assertThat(context.get("notices")).hasSize(1);
        JsonNode notice = context.get("notices").get(0);
        assertThat(notice.get("source").asString()).isEqualTo("outage");
        assertThat(notice.get("reference").asString()).isEqualTo(event);
        assertThat(notice.get("details").get("ert").asString()).isEqualTo(t0.plus(Duration.ofHours(2)).toString());

        Response call = call(feeder, 4);
        assertThat(call.status()).isEqualTo(201);
        assertThat(call.body().get("notices").get(0).get("reference").asString()).isEqualTo(event);
        assertThat(call.text("status")).isEqualTo("DISPATCHED");
        assertThat(events(feeder)).hasSize(1);
        JsonNode timeline = api.get("agent", "/api/v1/work-orders/" + call.text("number") + "/timeline").body();
        assertThat(timeline).extracting(e -> e.get("action").asString()).contains("OUTAGE_ATTACHED");
    }

    @Test
    void a_question_answered_from_the_outage_information_counts_as_answered_without_dispatch() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 3);
        Instant start = t0.plus(Duration.ofDays(8));
        String event = planned(feeder, start, start.plus(Duration.ofHours(6)), null).text("number");
        var caller = feeder.callers().get(1);
        Map<String, Object> question = Map.of("channel", "PHONE", "category", "CONSULTATION.OUTAGE_INFO",
                "accountNumber", caller.accountNumber(), "contactName", "测试户", "contactPhone", caller.phone(),
                "address", "江滨街道测试路1号", "description", "下周是不是要停电？停多久？",
                "firstContactAnswer", "已告知计划停电时间及原因");
        Response answered = api.post("agent", "/api/v1/work-orders", question);
        assertThat(answered.status()).isEqualTo(201);
        assertThat(answered.text("status")).isEqualTo("CLOSED");
        JsonNode figures = api.get("dispatcher", "/api/v1/outages/" + event).body().get("figures");
        assertThat(figures.get("questions").asInt()).isEqualTo(1);
        assertThat(figures.get("answeredWithoutDispatch").asInt()).isEqualTo(1);
        assertThat(figures.get("callsReceived").asInt()).isEqualTo(1);
    }

    @Test
    void the_dispatcher_splits_a_group_and_the_split_part_gets_its_own_crew_and_calls() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 3, 2);
        for (int i = 0; i < 6; i++) {
            call(feeder, i);
        }
        Map<String, Object> group = events(feeder).get(0);
        assertThat(group.get("level")).isEqualTo("FEEDER");
        String number = (String) group.get("number");
        String third = feeder.areas().get(2);

        Response split = api.post("dispatcher", "/api/v1/outages/" + number + "/split", Map.of("areaCodes", List.of(third)));
        assertThat(split.status()).as(split.raw().body()).isEqualTo(201);
        assertThat(split.text("level")).isEqualTo("AREA");
        assertThat(split.text("splitFrom")).isEqualTo(number);
        assertThat(split.body().get("crew").get("unitCode").asString()).isEqualTo("BJ-CQ-S1-REPAIR");
        assertThat(split.body().get("figures").get("faultCalls").asInt()).isEqualTo(2);
        JsonNode rest = api.get("dispatcher", "/api/v1/outages/" + number).body();
        assertThat(rest.get("level").asString()).isEqualTo("SECTION");
        assertThat(rest.get("suspected").asBoolean()).isFalse();
        assertThat(rest.get("figures").get("faultCalls").asInt()).isEqualTo(4);
        assertThat(rest.get("areas")).hasSize(2);

        Response wrong = api.post("dispatcher", "/api/v1/outages/" + number + "/split", Map.of("areaCodes", rest.get("areas")));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("areas");
    }

    @Test
    void a_lone_fault_call_stays_an_order_of_its_own_until_a_second_customer_of_the_feeder_calls() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        Response first = call(feeder, 0);
        assertThat(first.text("status")).isEqualTo("NEW");
        assertThat(events(feeder)).isEmpty();
        clock.advance(Duration.ofMinutes(5));
        Response second = call(feeder, 2);
        assertThat(events(feeder)).singleElement().satisfies(e -> {
            assertThat(e.get("level")).isEqualTo("AREA");
            assertThat(e.get("suspected")).isEqualTo(true);
        });
        assertThat(second.text("status")).isEqualTo("DISPATCHED");
        assertThat(api.get("agent", "/api/v1/work-orders/" + first.text("number")).text("status")).isEqualTo("DISPATCHED");
        // the outage began with the first call
        assertThat(Instant.parse(api.get("dispatcher", "/api/v1/outages/" + events(feeder).get(0).get("number"))
                .text("startedAt"))).isEqualTo(t0);
    }

    @Test
    void calls_further_apart_than_the_grouping_window_are_not_grouped() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        call(feeder, 0);
        clock.advance(Duration.ofMinutes(16));
        assertThat(call(feeder, 1).text("status")).isEqualTo("NEW");
        assertThat(events(feeder)).isEmpty();
    }

    @Test
    void a_dissolved_group_gives_its_calls_back_as_orders_of_their_own() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        String order = call(feeder, 0).text("number");
        String number = outageOf(feeder, 2);
        Response dissolved = api.post("dispatcher", "/api/v1/outages/" + number + "/dissolve",
                Map.of("reason", "客户家中空开跳闸，非公网停电"));
        assertThat(dissolved.status()).isEqualTo(200);
        assertThat(dissolved.text("state")).isEqualTo("CANCELLED");
        assertThat(count("select count(*) from outage_order where order_number = ?", order)).isZero();
        JsonNode timeline = api.get("agent", "/api/v1/work-orders/" + order + "/timeline").body();
        assertThat(timeline).extracting(e -> e.get("action").asString()).contains("OUTAGE_DETACHED");
        assertThat(api.post("dispatcher", "/api/v1/outages/" + number + "/confirm", Map.of("cause", "x")).text("code"))
                .isEqualTo("outage-illegal-transition");
        // new calls from the feeder group afresh
        call(feeder, 1);
        assertThat(events(feeder)).hasSize(1);
        call(feeder, 3);
        assertThat(events(feeder)).hasSize(2);
    }

    @Test
    void a_caller_still_out_after_restoration_gets_a_new_fault_order_flagged_as_such() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 3);
        String number = outageOf(feeder, 0, 1);
        clock.advance(Duration.ofMinutes(30));
        Response restored = api.post("out_s1_crew", "/api/v1/outages/" + number + "/restore",
                Map.of("note", "更换熔断器后恢复", "rootCause", "EQUIPMENT_AGEING"));
        assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(20));
        Response again = call(feeder, 0);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.text("status")).isEqualTo("NEW");
        String order = again.text("number");
        assertThat(count("select count(*) from outage_still_out s join outage_event e on e.id = s.event_id "
                + "where s.order_number = ? and e.number = ?", order, number)).isEqualTo(1);
        JsonNode timeline = api.get("agent", "/api/v1/work-orders/" + order + "/timeline").body();
        assertThat(timeline).extracting(e -> e.get("action").asString()).contains("OUTAGE_STILL_OUT");
        assertThat(api.get("dispatcher", "/api/v1/outages/" + number).body().get("figures").get("stillOut").asInt())
                .isEqualTo(1);
        // it is a fault of its own now, for the dispatcher to send a crew to (no second event yet)
        assertThat(events(feeder)).hasSize(1);
    }

    @Test
    void a_station_sees_only_its_own_outages() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 2, 2);
        String number = outageOf(feeder, 0, 1);
        assertThat(api.get("out_s1_dispatcher", "/api/v1/outages/" + number).status()).isEqualTo(200);
        Response other = api.get("out_s2_dispatcher", "/api/v1/outages/" + number);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text("code")).isEqualTo("outage-not-found");
        assertThat(api.get("out_s2_dispatcher", "/api/v1/outages").body())
                .noneMatch(e -> e.get("number").asString().equals(number));
        assertThat(api.post("out_s2_dispatcher", "/api/v1/outages/" + number + "/dissolve", Map.of("reason", "x"))
                .status()).isEqualTo(404);
        Response foreign = api.post("out_s2_dispatcher", "/api/v1/outages", Map.of("kind", "FAULT",
                "feederCode", feeder.code(), "cause", "跳闸"));
        assertThat(foreign.status()).isEqualTo(422);
        assertThat(foreign.body().get("errors").get(0).get("field").asString()).isEqualTo("feederCode");
    }

    @Test
    void bad_requests_are_problem_details() {
        Response unknown = api.post("dispatcher", "/api/v1/outages", Map.of("kind", "FAULT", "feederCode", "NO-SUCH-FEEDER",
                "cause", "跳闸"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.text("type")).isEqualTo("https://griddesk.org/problems/validation-failed");
        assertThat(unknown.body().get("errors").get(0).get("message").asString()).contains("NO-SUCH-FEEDER");
        assertThat(api.post("dispatcher", "/api/v1/outages", Map.of("kind", "ARREARS", "feederCode", "x", "cause", "y"))
                .status()).isEqualTo(422);
        assertThat(api.post("agent", "/api/v1/outages", Map.of("kind", "FAULT", "feederCode", "x", "cause", "y"))
                .status()).isEqualTo(403);
        assertThat(api.raw("POST", "/api/v1/outages", "{", "application/json",
                Map.of("Authorization", "Bearer " + api.token("dispatcher"))).status()).isEqualTo(400);
        assertThat(api.get("dispatcher", "/api/v1/outages/TD00000000000000").status()).isEqualTo(404);
        assertThat(api.get("dispatcher", "/api/v1/outages/statistics?from=2026-02-01&to=2026-01-01").status()).isEqualTo(422);
    }

    @Test
    void figures_per_period_count_customers_minutes_calls_and_crews() {
        TestFeeder feeder = feeder("BJ-CQ-S2", 2, 5);
        for (int i = 0; i < 4; i++) {
            call(feeder, i);
        }
        String number = (String) events(feeder).get(0).get("number");
        clock.advance(Duration.ofMinutes(40));
        api.post("dispatcher", "/api/v1/outages/" + number + "/restore", Map.of("note", "已恢复", "rootCause", "VEGETATION"));
        JsonNode view = api.get("out_s2_dispatcher", "/api/v1/outages/" + number).body();
        assertThat(view.get("figures").get("customersAffected").asInt()).isEqualTo(10);
        assertThat(view.get("figures").get("customerMinutes").asInt()).isEqualTo(400);

        LocalDate day = LocalDate.ofInstant(t0, ZoneId.of("Asia/Shanghai"));
        JsonNode stats = api.get("out_s2_dispatcher", "/api/v1/outages/statistics?from=" + day + "&to=" + day).body();
        JsonNode faults = null;
        for (JsonNode k : stats.get("kinds")) {
            if (k.get("kind").asString().equals("FAULT")) {
                faults = k;
            }
        }
        assertThat(faults).isNotNull();
        assertThat(faults.get("events").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(faults.get("crews").asInt()).isEqualTo(faults.get("events").asInt());
        assertThat(faults.get("figures").get("customerMinutes").asLong()).isGreaterThanOrEqualTo(400);
        assertThat(stats.get("total").get("faultCalls").asLong()).isGreaterThanOrEqualTo(4);
        // station 1's figures hold station 1's outages only
        JsonNode s1 = api.get("out_s1_dispatcher", "/api/v1/outages/statistics?from=" + day + "&to=" + day).body();
        long s1Events = 0;
        for (JsonNode k : s1.get("kinds")) {
            s1Events += k.get("events").asLong();
        }
        assertThat(s1Events).isEqualTo(count("""
                select count(*) from outage_event where unit_path = (select path from org_unit where code = 'BJ-CQ-S1')
                and state in ('ACTIVE', 'RESTORED') and started_at >= ? and started_at < ?""",
                java.sql.Timestamp.from(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()),
                java.sql.Timestamp.from(day.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant())));
    }
}
