package com.griddesk.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An arrears-disconnection notice sent by SMS leaves through the SMSC, and its delivery receipt
 * becomes the notice's proof in the outage module — no one types it in.
 */
class OutageNoticeDeliveryTest extends NotificationTestBase {

    @Test
    void a_disconnection_notice_by_sms_is_delivered_and_its_receipt_is_the_proof() {
        String account = demo.customerOf("BJ-CQ-S1", 88);
        Response requested = api.post("handler", "/api/v1/disconnections", Map.of("accountNumber", account,
                "arrearsAmount", "218.40", "reason", "连续欠费两个月", "plannedAt", DAYTIME.plus(Duration.ofDays(5)).toString()));
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
        String number = requested.text("number");
        assertThat(api.post("bjcqs1head", "/api/v1/disconnections/" + number + "/approve", Map.of()).status()).isEqualTo(200);
        Response notice = api.post("handler", "/api/v1/disconnections/" + number + "/notices",
                Map.of("purpose", "DISCONNECTION_NOTICE", "channel", "SMS"));
        assertThat(notice.status()).as(notice.raw().body()).isEqualTo(201);
        String reference = notice.text("reference");

        // the outage module hands the notice over after commit; the notification module queues one SMS
        List<DeliveryState> queued = await().atMost(Duration.ofSeconds(10))
                .until(() -> notifications.byReference("outage-notice:" + reference), l -> !l.isEmpty());
        assertThat(queued).hasSize(1);
        DeliveryState delivered = awaitStatus(queued.get(0).id(), DeliveryStatus.DELIVERED);
        assertThat(delivered.channel()).isEqualTo(Channel.SMS);

        Response proof = await().atMost(Duration.ofSeconds(10)).until(
                () -> api.get("handler", "/api/v1/notices/" + reference),
                r -> r.status() == 200 && "DELIVERED".equals(r.text("state")));
        assertThat(proof.body().toString()).contains(delivered.gatewayMessageIds().get(0));
        assertThat(notifications.byReference("outage-notice:" + reference)).hasSize(1);
    }

    @Test
    void other_deliveries_leave_no_publication_for_the_outage_listener() {
        String key = key("not-a-notice");
        long id = send(key, NotificationEvent.ORDER_RECEIVED, Channel.SMS, newMobile(),
                Map.of("orderNumber", "GD202612020000001", "deadline", "12月3日 18:00"));
        awaitStatus(id, DeliveryStatus.DELIVERED);
        // only outage notices are of interest to it: the condition keeps every other message out of the registry
        assertThat(jdbc.sql("""
                select count(*) from event_publication
                where listener_id like '%OutageNoticeDelivery%' and serialized_event not like '%outage-notice:%'""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + key + "%")
                .query(Long.class).single()).isZero();
    }
}
