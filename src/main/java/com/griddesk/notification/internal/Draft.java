package com.griddesk.notification.internal;

import java.time.Instant;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationEvent;

/** A notification about to be written: rendered, addressed, with its rules decided. */
record Draft(String key, NotificationEvent event, Channel channel, String recipientKind, Long recipientId,
        String address, String locale, Long orderId, String orderNumber, Long customerId, String reference,
        boolean urgent, boolean legal, String subject, String body, DeliveryStatus status, String reason,
        Instant expiresAt) {
}
