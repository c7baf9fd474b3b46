/**
 * Notifications: templates per event, channel and language; customer SMS (SMPP), e-mail (SMTP),
 * staff in-app messages and outgoing webhooks; the outbox rows and the relay that delivers them;
 * delivery state as proof (R13, R15). Other modules call {@link com.griddesk.notification.Notifications}
 * and listen to {@link com.griddesk.notification.NotificationDelivered} /
 * {@link com.griddesk.notification.NotificationFailed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "org", "customer", "workorder", "workorder::web", "timelimit", "textmining", "outage", "field",
                "callback", "recovery", "shared" })
package com.griddesk.notification;
