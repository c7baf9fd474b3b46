package com.griddesk.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

import com.griddesk.notification.NotificationSettings;

/**
 * The rules that may hold a message back when it is due: quiet hours for non-urgent customer
 * messages, and the per-recipient rate limit. Urgent messages pass both.
 */
final class DeliveryRules {

    /** Why and until when a message waits. */
    record Hold(String reason, Instant until) {
    }

    private final NotificationSettings settings;
    private final ZoneId zone;

    DeliveryRules(NotificationSettings settings, ZoneId zone) {
        this.settings = settings;
        this.zone = zone;
    }

    Optional<Hold> quietHours(NotificationRow row, Instant now) {
        if (row.urgent() || !toCustomer(row) || !settings.quietHours().channels().contains(row.channel())) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        if (!settings.quietHours().contains(local.toLocalTime())) {
            return Optional.empty();
        }
        LocalDateTime end = local.toLocalDate().atTime(settings.quietHours().end());
        if (!end.isAfter(local.toLocalDateTime())) {
            end = end.plusDays(1);
        }
        return Optional.of(new Hold("QUIET_HOURS", end.atZone(zone).toInstant()));
    }

    /**
     * {@code recentCount} messages went to the same address in the window, the oldest at
     * {@code oldestSent} (null if none); at the limit the message waits until that one leaves the window.
     */
    Optional<Hold> rateLimit(NotificationRow row, int recentCount, Instant oldestSent, Instant now) {
        if (row.urgent() || !toCustomer(row) || recentCount < settings.rateLimit().perRecipient()) {
            return Optional.empty();
        }
        Duration window = settings.rateLimit().window();
        Instant until = oldestSent == null ? now.plus(window) : oldestSent.plus(window);
        return Optional.of(new Hold("RATE_LIMIT", until.isAfter(now) ? until : now.plusSeconds(1)));
    }

    static boolean toCustomer(NotificationRow row) {
        return "CUSTOMER".equals(row.recipientKind()) || "ADDRESS".equals(row.recipientKind());
    }
}
