package com.griddesk.notification;

import java.time.Instant;
import java.util.List;

/** The recipient's gateway confirmed delivery (SMS receipt, SMTP acceptance, webhook 2xx, in-app stored). */
public record NotificationDelivered(long notificationId, String reference, Channel channel, Instant at,
        List<String> gatewayMessageIds) {
}
