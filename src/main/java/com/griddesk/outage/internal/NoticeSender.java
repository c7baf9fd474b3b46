package com.griddesk.outage.internal;

import com.griddesk.outage.NoticeDelivery;
import com.griddesk.outage.NoticeRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands each committed notice to the delivery service. Runs after commit from the event
 * publication registry (the outbox): a failed hand-over stays incomplete and is retried.
 */
@Component
class NoticeSender {

    private final JdbcNotices notices;
    private final NoticeDelivery delivery;

    NoticeSender(JdbcNotices notices, NoticeDelivery delivery) {
        this.notices = notices;
        this.delivery = delivery;
    }

    @ApplicationModuleListener
    void on(NoticeRequested requested) {
        notices.notice(requested.reference()).ifPresent(delivery::send);
    }
}
