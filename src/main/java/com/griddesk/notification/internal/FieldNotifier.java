package com.griddesk.notification.internal;

import java.util.Map;

import com.griddesk.field.ConsultationRequested;
import com.griddesk.field.CrewOnTheWay;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the field app tells: the customer hears who is coming and when they expect to arrive, once
 * the crew has really set off (not when the order is merely accepted); an expert hears in-app that
 * a crew asks for advice. In the transaction of the crew's action.
 */
@Component
class FieldNotifier {

    private static final int QUESTION_LENGTH = 80;

    private final Outbox outbox;
    private final WorkOrderRepository orders;
    private final Contacts contacts;
    private final MessageTimes times;

    FieldNotifier(Outbox outbox, WorkOrderRepository orders, Contacts contacts, MessageTimes times) {
        this.outbox = outbox;
        this.orders = orders;
        this.contacts = contacts;
        this.times = times;
    }

    @EventListener
    void on(CrewOnTheWay going) {
        WorkOrderSnapshot order = orders.find(going.orderNumber()).orElseThrow().snapshot();
        outbox.toCustomer("crew:" + order.id() + ":" + going.crewId() + ":" + going.at().toEpochMilli(),
                NotificationEvent.CREW_ON_THE_WAY, contacts.ofOrder(order), About.order(order.id(), order.number()),
                Map.of("orderNumber", order.number(), "crewName", going.crewName(), "crewEta", times.format(going.eta())));
    }

    @EventListener
    void on(ConsultationRequested asked) {
        long orderId = orders.find(asked.orderNumber()).orElseThrow().id();
        String question = asked.question() == null || asked.question().isBlank() ? "（图片）"
                : asked.question().length() <= QUESTION_LENGTH ? asked.question()
                : asked.question().substring(0, QUESTION_LENGTH - 1) + "…";
        outbox.toStaff("consultation:" + asked.consultationId() + ":" + asked.expertId() + ":" + asked.at().toEpochMilli(),
                NotificationEvent.CONSULTATION_REQUESTED, asked.expertId(), About.order(orderId, asked.orderNumber()),
                Map.of("orderNumber", asked.orderNumber(), "askedBy", asked.requestedByName(), "question", question));
    }
}
