package com.griddesk.notification.internal;

import java.time.Instant;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationEvent;

/** The text of one event on one channel in one language. */
public record Template(NotificationEvent event, Channel channel, String locale, String subject, String body,
        Instant updatedAt) {

    public Rendered render(java.util.Map<String, String> values) {
        return new Rendered(TemplateText.fill(subject, values), TemplateText.fill(body, values));
    }

    public record Rendered(String subject, String body) {
    }
}
