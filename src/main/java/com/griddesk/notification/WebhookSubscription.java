package com.griddesk.notification;

import java.time.Instant;
import java.util.List;

/** A system that receives notifications as signed HTTP POSTs; {@code events} empty means all. */
public record WebhookSubscription(long id, String name, String url, List<String> events, boolean enabled,
        Instant createdAt) {
}
