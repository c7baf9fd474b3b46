package com.griddesk.notification.internal;

import java.util.Map;

import com.griddesk.callback.CallbackSurveyLinkIssued;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The survey link the callback module issued goes to the order's contact, with its expiry. This is
 * the only path of the CALLBACK_SURVEY message: the callback module issues one link per callback
 * (and one for a consultation answered on first contact), and the key is the link's, so a replayed
 * event sends nothing twice.
 */
@Component
class CallbackSurveyNotifier {

    private final Outbox outbox;
    private final WorkOrderRepository orders;
    private final Contacts contacts;
    private final MessageTimes times;

    CallbackSurveyNotifier(Outbox outbox, WorkOrderRepository orders, Contacts contacts, MessageTimes times) {
        this.outbox = outbox;
        this.orders = orders;
        this.contacts = contacts;
        this.times = times;
    }

    @EventListener
    void on(CallbackSurveyLinkIssued link) {
        WorkOrderSnapshot order = orders.find(link.orderNumber()).orElseThrow().snapshot();
        outbox.toCustomer("survey:" + order.id() + ":" + link.at().toEpochMilli(), NotificationEvent.CALLBACK_SURVEY,
                contacts.ofOrder(order), About.order(order.id(), order.number()),
                Map.of("orderNumber", order.number(), "surveyLink", link.url(), "surveyExpires",
                        times.format(link.expiresAt())));
    }
}
