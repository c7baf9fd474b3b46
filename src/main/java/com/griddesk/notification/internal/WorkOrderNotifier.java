package com.griddesk.notification.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationSettings;
import com.griddesk.org.OrgDirectory;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderDispatched;
import com.griddesk.workorder.WorkOrderEvent;
import com.griddesk.workorder.WorkOrderReminded;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderResolved;
import com.griddesk.workorder.WorkOrderReworked;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns work-order events into notifications, in the transaction that changed the order: the
 * customer hears that the order was received, dispatched and resolved; staff hear of assignments,
 * reminders and reworks. (That the crew is on the way comes from the field app, the survey link
 * from the callback module: see {@link FieldNotifier} and {@link CallbackSurveyNotifier}.)
 */
@Component
class WorkOrderNotifier {

    private static final String FAULT_REPAIR = "FAULT_REPAIR";
    private static final String COMPLAINT = "COMPLAINT";

    private final Outbox outbox;
    private final WorkOrderRepository orders;
    private final Contacts contacts;
    private final MessageTimes times;
    private final OrgDirectory org;
    private final NotificationSettings settings;
    private final java.time.Clock clock;

    WorkOrderNotifier(Outbox outbox, WorkOrderRepository orders, Contacts contacts, MessageTimes times, OrgDirectory org,
            NotificationSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.orders = orders;
        this.contacts = contacts;
        this.times = times;
        this.org = org;
        this.settings = settings;
    }

    @EventListener
    void on(WorkOrderEvent event) {
        if (event.at().isBefore(clock.instant().minus(settings.validity()))) {
            // old news (the demo world replaying its history) is not worth a message any more
            return;
        }
        if (event instanceof WorkOrderCreated || event instanceof WorkOrderDispatched || event instanceof WorkOrderResolved
                || event instanceof WorkOrderReminded || event instanceof WorkOrderReworked) {
            BeforeCommit.run(() -> notify(event));
        }
    }

    private void notify(WorkOrderEvent event) {
        WorkOrderSnapshot order = orders.find(event.number()).orElseThrow().snapshot();
        String key = "order:" + event.orderId() + ":" + event.getClass().getSimpleName() + ":" + event.at().toEpochMilli();
        About about = About.order(event.orderId(), event.number());
        Map<String, String> number = Map.of("orderNumber", event.number());
        if (event instanceof WorkOrderCreated c && !c.answeredOnFirstContact()) {
            String deadline = times.deadline(c.orderId(), FAULT_REPAIR.equals(order.typeCode())
                    ? List.of("ARRIVE", "REPLY") : List.of("REPLY", "CONTACT"));
            customer(key, NotificationEvent.ORDER_RECEIVED, order, about, with(number, "deadline", deadline));
        }
        else if (event instanceof WorkOrderDispatched d) {
            if (!d.redispatch()) {
                customer(key, NotificationEvent.ORDER_DISPATCHED, order, about,
                        with(number, "unitName", org.unit(d.unitId()).name(Locale.SIMPLIFIED_CHINESE)));
            }
            if (d.assigneeId() != null) {
                outbox.toStaff(key + ":staff:" + d.assigneeId(), NotificationEvent.ASSIGNMENT, d.assigneeId(), about,
                        with(number, "deadline", times.deadline(d.orderId(), List.of("ACCEPT", "ARRIVE", "REPLY"))));
            }
        }
        else if (event instanceof WorkOrderResolved) {
            customer(key, NotificationEvent.ORDER_RESOLVED, order, about, number);
        }
        else if (event instanceof WorkOrderReminded r) {
            Long to = order.assigneeId() != null ? order.assigneeId() : order.coordinatorId();
            if (to != null) {
                outbox.toStaff(key + ":staff:" + to, NotificationEvent.REMINDER, to, about, Map.of("orderNumber",
                        event.number(), "reminderCount", Integer.toString(r.reminderCount()), "urgency", r.urgency().name()));
            }
        }
        else if (event instanceof WorkOrderReworked r) {
            reworked(r, order, about);
        }
    }

    /** The person the order went back to, and for a complaint its coordinator, who answers for it (R8). */
    private void reworked(WorkOrderReworked r, WorkOrderSnapshot order, About about) {
        Set<Long> recipients = new LinkedHashSet<>();
        if (order.assigneeId() != null) {
            recipients.add(order.assigneeId());
        }
        if (COMPLAINT.equals(order.typeCode()) && order.coordinatorId() != null) {
            recipients.add(order.coordinatorId());
        }
        Map<String, String> vars = Map.of("orderNumber", r.number(), "customerWords", r.customerWords(),
                "reworkCount", Integer.toString(r.reworkCount()));
        for (long to : recipients) {
            outbox.toStaff("rework:" + r.orderId() + ":" + r.reworkCount() + ":" + to, NotificationEvent.ORDER_REWORKED, to,
                    about, vars);
        }
    }

    private void customer(String key, NotificationEvent event, WorkOrderSnapshot order, About about, Map<String, String> vars) {
        outbox.toCustomer(key, event, contacts.ofOrder(order), about, vars);
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.put(name, value);
        return all;
    }
}
