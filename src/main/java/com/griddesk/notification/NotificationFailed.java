package com.griddesk.notification;

import java.time.Instant;

/** A notification will not arrive: retries exhausted, refused, or expired ({@code expired}). */
public record NotificationFailed(long notificationId, String reference, Channel channel, Instant at, String reason,
        boolean expired) {
}
