package com.griddesk.notification;

import java.time.Instant;
import java.util.List;

/** Where a notification stands, with the timestamps and gateway message ids that prove it. */
public record DeliveryState(long id, String reference, NotificationEvent event, Channel channel, DeliveryStatus status,
        String maskedAddress, int attempts, Instant queuedAt, Instant sentAt, Instant deliveredAt, Instant failedAt,
        Instant expiredAt, List<String> gatewayMessageIds, String reason) {
}
