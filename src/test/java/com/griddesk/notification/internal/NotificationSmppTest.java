package com.griddesk.notification.internal;

import java.util.List;
import java.util.Map;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryState;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationTestBase;
import com.griddesk.notification.demo.ReceivedSms;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SMS over SMPP against the in-process jSMPP SMSC: UCS-2, concatenation, receipts, bind refusals. */
class NotificationSmppTest extends NotificationTestBase {


    @Test
    void a_chinese_sms_goes_as_ucs2_and_is_delivered_by_its_receipt() {
        String phone = newMobile();
        long id = send(key("zh"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, phone, Map.of("orderNumber", "GD202611230000001"));

        DeliveryState state = awaitStatus(id, DeliveryStatus.DELIVERED);

        List<ReceivedSms> received = smsc.receivedBy(phone);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).ucs2()).isTrue();
        assertThat(received.get(0).text()).isEqualTo("【供电服务】您的工单GD202611230000001已处理完毕，稍后我们将回访了解您的满意度。感谢您的支持！");
        assertThat(state.gatewayMessageIds()).isEqualTo(received.get(0).messageIds());
        assertThat(state.sentAt()).isNotNull();
        assertThat(state.deliveredAt()).isAfterOrEqualTo(state.sentAt());
        assertThat(state.maskedAddress()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void a_200_character_message_is_split_in_three_parts_and_reassembled_at_the_smsc() {
        String phone = newMobile();
        String area = "江滨路".repeat(49);
        long id = send(key("long"), NotificationEvent.PLANNED_OUTAGE, Channel.SMS, phone,
                Map.of("area", area, "outageWindow", "12月2日8:00至12:00", "reason", "线路检修"));
        String expected = "【供电服务】因线路检修，" + area + "计划于12月2日8:00至12:00停电，请提前做好准备。给您带来不便，敬请谅解。";
        assertThat(expected).hasSize(200);

        DeliveryState state = awaitStatus(id, DeliveryStatus.DELIVERED);

        List<ReceivedSms> received = smsc.receivedBy(phone);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).text()).isEqualTo(expected);
        assertThat(received.get(0).messageIds()).hasSize(3);
        assertThat(state.gatewayMessageIds()).containsExactlyElementsOf(received.get(0).messageIds());
        assertThat(jdbc.sql("select count(*) from sms_segment where notification_id = ?").param(id).query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void the_smsc_refusing_binds_then_recovering_delivers_every_message_exactly_once() {
        smsc.dropSessions();
        smsc.refuseNextBinds(2);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> !smscBound());
        List<String> phones = List.of(newMobile(), newMobile(), newMobile());
        List<Long> ids = phones.stream().map(p -> send(key("bind"), NotificationEvent.ORDER_RESOLVED, Channel.SMS, p,
                Map.of("orderNumber", "GD202611230000002"))).toList();

        relay.runOnce();
        assertThat(ids).allSatisfy(id -> {
            DeliveryState s = notifications.state(id).orElseThrow();
            assertThat(s.status()).isEqualTo(DeliveryStatus.QUEUED);
            assertThat(s.reason()).startsWith("SMSC bind failed");
            assertThat(s.attempts()).isEqualTo(1);
        });
        clock.advance(java.time.Duration.ofSeconds(31));
        relay.runOnce();
        assertThat(notifications.state(ids.get(0)).orElseThrow().attempts()).isEqualTo(2);
        assertThat(phones).allSatisfy(p -> assertThat(smsc.receivedBy(p)).isEmpty());

        clock.advance(java.time.Duration.ofSeconds(61));
        ids.forEach(id -> awaitStatus(id, DeliveryStatus.DELIVERED));
        for (int i = 0; i < 3; i++) {
            relay.runOnce();
        }
        assertThat(phones).allSatisfy(p -> assertThat(smsc.receivedBy(p)).hasSize(1));
        assertThat(notifications.state(ids.get(2)).orElseThrow().attempts()).isEqualTo(3);
    }
}
