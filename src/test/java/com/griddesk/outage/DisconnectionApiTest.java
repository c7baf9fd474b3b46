package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.support.ApiClient.Response;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arrears disconnection of source case 004-1 done lawfully: approval, a notice delivered 3–7
 * days before with proof, the re-notice 30 minutes before, then execution; reconnection after
 * payment on its own clock. Every shortcut is refused with the condition it skipped.
 */
class DisconnectionApiTest extends OutageTestBase {

    private String request(String account, Instant plannedAt) {
        Response r = api.post("handler", "/api/v1/disconnections", Map.of("accountNumber", account,
                "arrearsAmount", "356.20", "reason", "连续欠费3个月，多次催缴未果", "plannedAt", plannedAt.toString()));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("number");
    }

    private String notice(String number, String purpose, String channel) {
        Response r = api.post("handler", "/api/v1/disconnections/" + number + "/notices",
                Map.of("purpose", purpose, "channel", channel));
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("reference");
    }

    private Response delivered(String reference, Instant at, String proof) {
        return api.post("handler", "/api/v1/notices/" + reference + "/delivery",
                Map.of("outcome", "DELIVERED", "deliveredAt", at.toString(), "proofId", proof));
    }

    private Response execute(String number) {
        return api.post("handler", "/api/v1/disconnections/" + number + "/execute", Map.of());
    }

    private static List<String> missing(Response refused) {
        return refused.body().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    /** Approved, notice delivered now; returns {number, time of the planned disconnection}. */
    private String approvedWithNotice(String account, Instant plannedAt) {
        String number = request(account, plannedAt);
        assertThat(api.post("bjcqs1head", "/api/v1/disconnections/" + number + "/approve", Map.of()).status()).isEqualTo(200);
        String ref = notice(number, "DISCONNECTION_NOTICE", "PHONE_CALL");
        assertThat(delivered(ref, clock.instant(), "录音-20260715-0031").status()).isEqualTo(200);
        return number;
    }

    @Test
    void the_lawful_path_disconnects_and_reconnection_after_payment_runs_on_its_own_clock() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 3);
        String account = feeder.callers().get(0).accountNumber();
        Instant plannedAt = t0.plus(Duration.ofDays(5));
        String number = approvedWithNotice(account, plannedAt);

        clock.travelTo(plannedAt.minus(Duration.ofMinutes(40)));
        String renotice = notice(number, "DISCONNECTION_RENOTICE", "SMS");
        assertThat(delivered(renotice, clock.instant(), "SMS-8812").status()).isEqualTo(200);
        clock.travelTo(plannedAt);
        JsonNode ready = api.get("handler", "/api/v1/disconnections/" + number).body();
        assertThat(ready.get("missing")).isEmpty();

        Response executed = execute(number);
        assertThat(executed.status()).as(executed.raw().body()).isEqualTo(200);
        assertThat(executed.text("state")).isEqualTo("EXECUTED");
        String outage = executed.text("outageNumber");
        JsonNode off = api.get("dispatcher", "/api/v1/outages/" + outage).body();
        assertThat(off.get("kind").asString()).isEqualTo("ARREARS");
        assertThat(off.get("state").asString()).isEqualTo("ACTIVE");

        // the customer calls about "a fault": the agent sees the disconnection, the call joins it, no crew goes
        Response context = api.get("agent", "/api/v1/intake/customers/" + account + "/context");
        assertThat(context.body().get("notices").get(0).get("details").get("kind").asString()).isEqualTo("ARREARS");
        Response call = call(feeder, 0);
        assertThat(count("select count(*) from outage_order o join outage_event e on e.id = o.event_id "
                + "where e.number = ? and o.order_number = ?", outage, call.text("number"))).isEqualTo(1);
        assertThat(count("select count(*) from outage_event where feeder_code = ? and kind = 'FAULT'", feeder.code())).isZero();

        clock.advance(Duration.ofHours(2));
        Response paid = api.post("agent", "/api/v1/disconnections/" + number + "/payment", Map.of("receipt", "JF-778812"));
        assertThat(paid.text("state")).isEqualTo("PAID");
        assertThat(Instant.parse(paid.text("reconnectDue"))).isEqualTo(clock.instant().plus(Duration.ofHours(24)));

        clock.advance(Duration.ofHours(3));
        Response reconnected = api.post("crew", "/api/v1/disconnections/" + number + "/reconnect", Map.of());
        assertThat(reconnected.status()).as(reconnected.raw().body()).isEqualTo(200);
        assertThat(reconnected.text("state")).isEqualTo("RECONNECTED");
        assertThat(api.get("dispatcher", "/api/v1/outages/" + outage).text("state")).isEqualTo("RESTORED");
        assertThat(api.get("agent", "/api/v1/work-orders/" + call.text("number")).text("status")).isEqualTo("RESOLVED");
        assertThat(reconnected.body().get("notices")).extracting(n -> n.get("purpose").asString())
                .contains("RECONNECTION_CONFIRMED");
        JsonNode timeline = api.get("handler", "/api/v1/disconnections/" + number + "/timeline").body();
        assertThat(timeline).extracting(e -> e.get("action").asString()).containsSubsequence("REQUESTED", "APPROVED",
                "DISCONNECTION_NOTICE", "DISCONNECTION_RENOTICE", "EXECUTED", "PAID", "RECONNECTED");
    }

    @Test
    void an_unapproved_request_is_refused_and_names_the_approval() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        Instant plannedAt = t0.plus(Duration.ofDays(4));
        String number = request(feeder.callers().get(0).accountNumber(), plannedAt);
        // no notice before the head approved
        Response early = api.post("handler", "/api/v1/disconnections/" + number + "/notices",
                Map.of("purpose", "DISCONNECTION_NOTICE", "channel", "SMS"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("code")).isEqualTo("disconnection-illegal-transition");
        assertThat(count("select count(*) from outage_notice n join disconnection d on d.id = n.disconnection_id "
                + "where d.number = ?", number)).isZero();

        clock.travelTo(plannedAt);
        Response refused = execute(number);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("code")).isEqualTo("disconnection-refused");
        assertThat(missing(refused)).containsExactly("approval", "notice", "renotice");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("负责人");
        assertThat(api.get("handler", "/api/v1/disconnections/" + number).text("state")).isEqualTo("REQUESTED");
        JsonNode timeline = api.get("handler", "/api/v1/disconnections/" + number + "/timeline").body();
        assertThat(timeline).extracting(e -> e.get("action").asString()).contains("EXECUTION_REFUSED");
    }

    @Test
    void a_notice_delivered_only_a_day_before_is_refused_as_too_late() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        Instant plannedAt = t0.plus(Duration.ofDays(4));
        String number = request(feeder.callers().get(0).accountNumber(), plannedAt);
        api.post("bjcqs1head", "/api/v1/disconnections/" + number + "/approve", Map.of());
        String ref = notice(number, "DISCONNECTION_NOTICE", "REGISTERED_MAIL");
        clock.travelTo(plannedAt.minus(Duration.ofDays(1)));
        delivered(ref, clock.instant(), "挂号信回执 XA12345678CN");
        clock.travelTo(plannedAt.minus(Duration.ofMinutes(45)));
        delivered(notice(number, "DISCONNECTION_RENOTICE", "PHONE_CALL"), clock.instant(), "录音-0099");
        clock.travelTo(plannedAt);
        Response refused = execute(number);
        assertThat(missing(refused)).containsExactly("notice");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("24 小时").contains("72 小时");
    }

    @Test
    void without_the_re_notice_the_execution_is_refused_and_says_so() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        Instant plannedAt = t0.plus(Duration.ofDays(5));
        String number = approvedWithNotice(feeder.callers().get(0).accountNumber(), plannedAt);
        clock.travelTo(plannedAt);
        Response refused = execute(number);
        assertThat(missing(refused)).containsExactly("renotice");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("30");
        // a re-notice given now (no 30 minutes ahead) does not do either
        delivered(notice(number, "DISCONNECTION_RENOTICE", "PHONE_CALL"), clock.instant(), "录音-0100");
        assertThat(missing(execute(number))).containsExactly("renotice");
        assertThat(count("select count(*) from outage_event where customer_id = (select customer_id from disconnection "
                + "where number = ?)", number)).isZero();
    }

    @Test
    void a_customer_with_medical_equipment_needs_a_second_approval_from_above_the_station() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        String account = feeder.callers().get(0).accountNumber();
        jdbc.sql("update customer set medical_equipment = true where account_number = ?").param(account).update();
        Instant plannedAt = t0.plus(Duration.ofDays(5));
        String number = approvedWithNotice(account, plannedAt);
        assertThat(api.get("handler", "/api/v1/disconnections/" + number).text("protection")).isEqualTo("MEDICAL");
        clock.travelTo(plannedAt.minus(Duration.ofMinutes(35)));
        delivered(notice(number, "DISCONNECTION_RENOTICE", "PHONE_CALL"), clock.instant(), "录音-0101");
        clock.travelTo(plannedAt);

        Response refused = execute(number);
        assertThat(missing(refused)).containsExactly("extraApproval");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("MEDICAL");

        Response sameHead = api.post("bjcqs1head", "/api/v1/disconnections/" + number + "/protected-approval", Map.of());
        assertThat(sameHead.status()).isEqualTo(422);
        assertThat(sameHead.body().get("errors").get(0).get("field").asString()).isEqualTo("approver");
        assertThat(api.post("handler", "/api/v1/disconnections/" + number + "/protected-approval", Map.of()).status())
                .isEqualTo(403);
        Response county = api.post("bjcqhead", "/api/v1/disconnections/" + number + "/protected-approval", Map.of());
        assertThat(county.status()).as(county.raw().body()).isEqualTo(200);
        assertThat(county.text("extraApprovedBy")).isNotBlank();

        assertThat(execute(number).text("state")).isEqualTo("EXECUTED");
    }

    @Test
    void a_late_reconnection_is_warned_about_once() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        Instant plannedAt = t0.plus(Duration.ofDays(3)).plus(Duration.ofHours(1));
        String number = approvedWithNotice(feeder.callers().get(0).accountNumber(), plannedAt);
        clock.travelTo(plannedAt.minus(Duration.ofMinutes(31)));
        delivered(notice(number, "DISCONNECTION_RENOTICE", "SMS"), clock.instant(), "SMS-1");
        clock.travelTo(plannedAt);
        assertThat(execute(number).status()).isEqualTo(200);
        api.post("agent", "/api/v1/disconnections/" + number + "/payment", Map.of("receipt", "JF-1"));

        clock.advance(Duration.ofHours(23));
        scanner.scan(clock.instant());
        assertThat(count("select count(*) from outage_warning where subject_number = ?", number)).isZero();
        clock.advance(Duration.ofHours(2));
        scanner.scan(clock.instant());
        scanner.scan(clock.instant());
        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'RECONNECTION_OVERDUE'",
                number)).isEqualTo(2);
    }

    @Test
    void payment_before_the_disconnection_ends_the_request_and_a_second_request_is_refused_while_one_is_open() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        String account = feeder.callers().get(0).accountNumber();
        String number = request(account, t0.plus(Duration.ofDays(4)));
        Response twice = api.post("handler", "/api/v1/disconnections", Map.of("accountNumber", account,
                "arrearsAmount", "10", "reason", "欠费", "plannedAt", t0.plus(Duration.ofDays(5)).toString()));
        assertThat(twice.status()).isEqualTo(422);
        Response paid = api.post("agent", "/api/v1/disconnections/" + number + "/payment", Map.of("receipt", "JF-2"));
        assertThat(paid.text("state")).isEqualTo("CANCELLED");
        assertThat(execute(number).text("code")).isEqualTo("disconnection-illegal-transition");
    }

    @Test
    void delivery_facts_are_checked_and_a_delivered_notice_stays_delivered() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        String number = request(feeder.callers().get(0).accountNumber(), t0.plus(Duration.ofDays(4)));
        api.post("bjcqs1head", "/api/v1/disconnections/" + number + "/approve", Map.of());
        String ref = notice(number, "DISCONNECTION_NOTICE", "SMS");
        Response future = delivered(ref, clock.instant().plus(Duration.ofHours(1)), "SMS-2");
        assertThat(future.status()).isEqualTo(422);
        Response noProof = api.post("handler", "/api/v1/notices/" + ref + "/delivery",
                Map.of("outcome", "DELIVERED", "deliveredAt", clock.instant().toString()));
        assertThat(noProof.body().get("errors").get(0).get("field").asString()).isEqualTo("proofId");
        Response failed = api.post("handler", "/api/v1/notices/" + ref + "/delivery",
                Map.of("outcome", "FAILED", "failureReason", "号码停机"));
        assertThat(failed.text("state")).isEqualTo("FAILED");
        assertThat(delivered(ref, clock.instant(), "SMS-3").text("state")).isEqualTo("DELIVERED");
        assertThat(delivered(ref, clock.instant(), "SMS-3").status()).isEqualTo(200);
        Response changed = delivered(ref, clock.instant(), "SMS-4");
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text("code")).isEqualTo("notice-already-delivered");
        assertThat(api.get("out_s2_dispatcher", "/api/v1/notices/" + ref).status()).isEqualTo(404);
        assertThat(api.get("out_s2_dispatcher", "/api/v1/disconnections/" + number).status()).isEqualTo(404);
    }

    @Test
    void a_disconnection_too_soon_for_a_lawful_notice_is_refused_at_request() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 1);
        Response r = api.post("handler", "/api/v1/disconnections", Map.of("accountNumber",
                feeder.callers().get(0).accountNumber(), "arrearsAmount", "-5", "reason", "欠费",
                "plannedAt", t0.plus(Duration.ofDays(1)).toString()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors")).extracting(e -> e.get("field").asString())
                .containsExactlyInAnyOrder("arrearsAmount", "plannedAt");
    }
}
