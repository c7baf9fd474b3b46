package com.griddesk.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationSettings;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryRulesTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final NotificationSettings SETTINGS = new NotificationSettings(
            new NotificationSettings.Smpp("127.0.0.1", 2775, "g", "g", "", "95598", Duration.ofSeconds(10), Duration.ofSeconds(30)),
            new NotificationSettings.QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), List.of(Channel.SMS, Channel.EMAIL)),
            new NotificationSettings.RateLimit(5, Duration.ofHours(1)),
            new NotificationSettings.Retry(6, Duration.ofSeconds(30), 2.0, Duration.ofHours(1)),
            new NotificationSettings.Relay(Duration.ofMillis(200), 500, 4, Duration.ofMinutes(2), Duration.ofMinutes(10)),
            Duration.ofHours(24), "a@b.c", "95598", Duration.ofSeconds(5),
            new NotificationSettings.Demo(false, 0, 0, 10));
    final DeliveryRules rules = new DeliveryRules(SETTINGS, SHANGHAI);

    static NotificationRow row(boolean urgent, Channel channel, String kind) {
        return new NotificationRow(1, "k", NotificationEvent.ORDER_RESOLVED, channel, kind, null, "13800000000", "zh-CN",
                null, null, null, null, urgent, false, null, "text", DeliveryStatus.QUEUED, 0, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void a_non_urgent_customer_sms_at_night_waits_until_eight_the_next_morning() {
        assertThat(rules.quietHours(row(false, Channel.SMS, "CUSTOMER"), at("2026-11-23T23:15:00")))
                .hasValueSatisfying(h -> {
                    assertThat(h.reason()).isEqualTo("QUIET_HOURS");
                    assertThat(h.until()).isEqualTo(at("2026-11-24T08:00:00"));
                });
        assertThat(rules.quietHours(row(false, Channel.SMS, "ADDRESS"), at("2026-11-24T06:30:00")))
                .hasValueSatisfying(h -> assertThat(h.until()).isEqualTo(at("2026-11-24T08:00:00")));
    }

    @Test
    void urgent_messages_staff_messages_and_daytime_pass_quiet_hours() {
        assertThat(rules.quietHours(row(true, Channel.SMS, "CUSTOMER"), at("2026-11-23T23:15:00"))).isEmpty();
        assertThat(rules.quietHours(row(false, Channel.IN_APP, "STAFF"), at("2026-11-23T23:15:00"))).isEmpty();
        assertThat(rules.quietHours(row(false, Channel.WEBHOOK, "SUBSCRIBER"), at("2026-11-23T23:15:00"))).isEmpty();
        assertThat(rules.quietHours(row(false, Channel.SMS, "CUSTOMER"), at("2026-11-23T08:00:00"))).isEmpty();
        assertThat(rules.quietHours(row(false, Channel.SMS, "CUSTOMER"), at("2026-11-23T21:59:59"))).isEmpty();
    }

    @Test
    void the_sixth_message_within_the_hour_waits_until_the_oldest_leaves_the_window() {
        Instant now = at("2026-11-23T10:00:00");
        Instant oldest = now.minus(Duration.ofMinutes(40));
        assertThat(rules.rateLimit(row(false, Channel.SMS, "CUSTOMER"), 4, oldest, now)).isEmpty();
        assertThat(rules.rateLimit(row(false, Channel.SMS, "CUSTOMER"), 5, oldest, now))
                .hasValueSatisfying(h -> assertThat(h.until()).isEqualTo(now.plus(Duration.ofMinutes(20))));
        assertThat(rules.rateLimit(row(true, Channel.SMS, "CUSTOMER"), 50, oldest, now)).isEmpty();
    }

    @Test
    void backoff_doubles_from_thirty_seconds_up_to_an_hour() {
        NotificationSettings.Retry retry = SETTINGS.retry();
        assertThat(List.of(1, 2, 3, 4, 5, 10).stream().map(retry::backoffAfter).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
                Duration.ofSeconds(480), Duration.ofHours(1));
    }
}
