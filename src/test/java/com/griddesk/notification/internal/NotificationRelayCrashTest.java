package com.griddesk.notification.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationTestBase;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A relay that dies between handing an SMS to the SMSC and writing the outcome: the row stays
 * SENDING, and the next relay settles it from the receipts instead of sending it twice.
 */
class NotificationRelayCrashTest extends NotificationTestBase {

    /** Claims and sends like a relay pass, then "crashes": the outcomes are never written. */
    private void sendThenCrash(long id) {
        Relay.Batch batch = relay.claim(clock.instant());
        List<Relay.Claimed> ours = batch.claimed().stream().filter(c -> c.row().id() == id).toList();
        assertThat(ours).hasSize(1);
        relay.send(ours);
        // the other rows of the batch are recorded normally; ours is lost with the crash
        relay.record(relay.send(batch.claimed().stream().filter(c -> c.row().id() != id).toList()));
    }

    @Test
    void a_crash_between_submit_and_status_update_does_not_send_the_sms_twice() {
        String phone = newMobile();
        long id = send(key("crash"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, Map.of("orderNumber", "GD202611230000003"));

        sendThenCrash(id);
        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.receivedBy(phone).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from sms_receipt where destination = ?")
                .param(phone).query(Integer.class).single() == 1);
        assertThat(notifications.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENDING);

        relay.runOnce();
        assertThat(notifications.state(id).orElseThrow().status()).as("within the lease nobody touches it")
                .isEqualTo(DeliveryStatus.SENDING);

        clock.advance(Duration.ofMinutes(3));
        var state = awaitStatus(id, DeliveryStatus.DELIVERED);
        clock.advance(Duration.ofMinutes(30));
        relay.runOnce();
        relay.runOnce();

        assertThat(smsc.receivedBy(phone)).hasSize(1);
        assertThat(state.gatewayMessageIds()).isEqualTo(smsc.receivedBy(phone).get(0).messageIds());
        assertThat(state.attempts()).isEqualTo(1);
    }

    @Test
    void a_crash_before_the_submit_sends_the_sms_once_after_the_receipt_grace() {
        String phone = newMobile();
        long id = send(key("early"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, Map.of("orderNumber", "GD202611230000004"));
        Relay.Batch batch = relay.claim(clock.instant());
        relay.record(relay.send(batch.claimed().stream().filter(c -> c.row().id() != id).toList()));

        clock.advance(Duration.ofMinutes(3));
        relay.runOnce();
        assertThat(smsc.receivedBy(phone)).as("no receipt yet, but the SMSC might still answer").isEmpty();
        assertThat(notifications.state(id).orElseThrow().status()).isEqualTo(DeliveryStatus.SENDING);

        clock.advance(Duration.ofMinutes(10));
        relay.runOnce();
        clock.advance(Duration.ofMinutes(1));
        awaitStatus(id, DeliveryStatus.DELIVERED);
        relay.runOnce();

        assertThat(smsc.receivedBy(phone)).hasSize(1);
        assertThat(notifications.state(id).orElseThrow().attempts()).isEqualTo(2);
    }
}
