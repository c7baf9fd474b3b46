package com.griddesk.notification;

import java.util.Map;

/**
 * A notification another module asks for.
 *
 * @param key         the caller's idempotency key: the same key always answers the same notification
 * @param event       what it is about; picks the template
 * @param channel     SMS or EMAIL for customers (null: the customer's preferred channel), IN_APP for staff
 * @param recipient   whom
 * @param variables   the template's variables (see {@link NotificationEvent#variables()})
 * @param reference   the caller's own reference, echoed in {@link NotificationDelivered} / {@link NotificationFailed}
 * @param orderNumber the work order it belongs to, if any
 * @param urgent      null: the event's default; urgent messages ignore quiet hours and the rate limit
 */
public record NotificationRequest(String key, NotificationEvent event, Channel channel, Recipient recipient,
        Map<String, String> variables, String reference, String orderNumber, Boolean urgent) {

    public NotificationRequest {
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }
}
