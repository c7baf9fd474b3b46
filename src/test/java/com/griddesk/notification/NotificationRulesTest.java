package com.griddesk.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Quiet hours, opt-out, legal notices, the rate limit, retries to FAILED and the manual resend. */
class NotificationRulesTest extends NotificationTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Map<String, String> ORDER = Map.of("orderNumber", "GD202611230000006");

    @Test
    void at_night_a_non_urgent_sms_waits_until_eight_but_an_urgent_one_goes_at_once() {
        Instant night = LocalDate.now(SHANGHAI).atTime(23, 30).atZone(SHANGHAI).toInstant();
        clock.travelTo(night);
        String sleeper = newMobile();
        String urgent = newMobile();
        long resolved = send(key("quiet"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, sleeper, ORDER);
        long crew = send(key("crew"), NotificationEvent.CREW_ON_THE_WAY, Channel.SMS, urgent, Map.of("orderNumber", "GD1", "crewName", "刘志刚", "crewEta", "23:59"));

        awaitStatus(crew, DeliveryStatus.DELIVERED);
        DeliveryState waiting = notifications.state(resolved).orElseThrow();
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(waiting.reason()).isEqualTo("QUIET_HOURS");
        assertThat(waiting.attempts()).isZero();
        assertThat(smsc.receivedBy(sleeper)).isEmpty();

        clock.travelTo(night.plus(Duration.ofMinutes(8 * 60 + 31)));
        awaitStatus(resolved, DeliveryStatus.DELIVERED);
        assertThat(smsc.receivedBy(sleeper)).hasSize(1);
        assertThat(smsc.receivedBy(urgent)).hasSize(1);
    }

    @Test
    void an_opted_out_customer_gets_no_order_news_but_still_gets_the_legal_arrears_notice() {
        String account = demo.customerOf("BJ-CQ-S2", 31);
        long customerId = jdbc.sql("select id from customer where account_number = ?").param(account).query(Long.class).single();
        assertThat(api.request("agent", "PUT", "/api/v1/customers/" + account + "/notification-preferences",
                Map.of("optedOut", true)).status()).isEqualTo(200);

        long news = notifications.send(new NotificationRequest(key("news"), NotificationEvent.PLANNED_OUTAGE, null,
                Recipient.customer(customerId), Map.of("area", "江滨路", "outageWindow", "明日8-12时", "reason", "检修"),
                "outage:1", null, null));
        DeliveryState refused = notifications.state(news).orElseThrow();
        assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.reason()).isEqualTo("OPTED_OUT");

        long legal = notifications.send(new NotificationRequest(key("arrears"), NotificationEvent.ARREARS_NOTICE, null,
                Recipient.customer(customerId), Map.of("accountNumber", account, "amount", "99.00",
                        "disconnectAt", "2026-12-08 09:00", "payBy", "2026-12-07"), "arrears:1", null, null));
        DeliveryState delivered = awaitStatus(legal, DeliveryStatus.DELIVERED);
        assertThat(delivered.channel()).isEqualTo(Channel.SMS);
        assertThat(delivered.reference()).isEqualTo("arrears:1");

        String number = createFaultOrder("BJ-CQ-S2", 31, newMobile());
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + number + "/notifications").body()).isEmpty();
    }

    @Test
    void the_sixth_sms_to_one_phone_within_an_hour_waits_for_the_window() {
        String phone = newMobile();
        long[] ids = new long[6];
        for (int i = 0; i < 6; i++) {
            ids[i] = send(key("rate" + i), NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, ORDER);
        }
        relay.runOnce();
        DeliveryState sixth = notifications.state(ids[5]).orElseThrow();
        assertThat(sixth.status()).as(() -> java.util.Arrays.stream(ids).mapToObj(i -> notifications.state(i).orElseThrow().toString())
                .collect(java.util.stream.Collectors.joining("\n"))).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(sixth.reason()).isEqualTo("RATE_LIMIT");
        for (int i = 0; i < 5; i++) {
            awaitState(ids[i], s -> s.sentAt() != null);
        }

        clock.advance(Duration.ofMinutes(61));
        awaitStatus(ids[5], DeliveryStatus.DELIVERED);
        assertThat(smsc.receivedBy(phone)).hasSize(6);
    }

    @Test
    void after_the_last_retry_a_notification_is_failed_with_its_reason_and_can_be_resent() {
        smsc.dropSessions();
        smsc.refuseNextBinds(100);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !smscBound());
        String phone = newMobile();
        long id = send(key("fail"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, ORDER);
        for (int i = 0; i < 6; i++) {
            relay.runOnce();
            clock.advance(Duration.ofHours(1));
        }
        DeliveryState failed = notifications.state(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.reason()).startsWith("SMSC bind failed").endsWith("(after 6 attempts)");
        assertThat(failed.failedAt()).isNotNull();
        assertThat(jdbc.sql("select count(*) from notification_attempt where notification_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(6);

        smsc.refuseNextBinds(0);
        assertThat(api.post("agent", "/api/v1/notifications/" + id + "/resend", null).status()).isEqualTo(403);
        var resent = api.post("supervisor", "/api/v1/notifications/" + id + "/resend", null);
        assertThat(resent.status()).isEqualTo(201);
        long again = resent.body().get("id").asLong();
        var twice = api.post("supervisor", "/api/v1/notifications/" + id + "/resend", null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.text("code")).isEqualTo("notification-not-resendable");

        awaitStatus(again, DeliveryStatus.DELIVERED);
        assertThat(smsc.receivedBy(phone)).hasSize(1);
        assertThat(notifications.state(id).orElseThrow().status()).as("the failed row stays, for the record")
                .isEqualTo(DeliveryStatus.FAILED);
    }

    @Test
    void the_same_key_gives_the_same_notification_even_when_sent_concurrently() throws Exception {
        String k = key("same");
        String phone = newMobile();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<Long>>();
        for (int i = 0; i < 8; i++) {
            futures.add(pool.submit(() -> send(k, NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, ORDER)));
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (var f : futures) {
            ids.add(f.get());
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        awaitStatus(ids.iterator().next(), DeliveryStatus.DELIVERED);
        assertThat(smsc.receivedBy(phone)).hasSize(1);
    }
}
