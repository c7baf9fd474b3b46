package com.griddesk.notification.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.griddesk.notification.NotificationEvent;
import com.griddesk.timelimit.SupervisionOpened;
import com.griddesk.timelimit.TimeLimitWarningRaised;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Staff hear of yellow and red warnings, escalations and supervisions in-app, in the transaction that raised them. */
@Component
class TimeLimitNotifier {

    private final Outbox outbox;
    private final WorkOrderRepository orders;
    private final MessageTimes times;
    private final MessageSource messages;

    TimeLimitNotifier(Outbox outbox, WorkOrderRepository orders, MessageTimes times, MessageSource messages) {
        this.outbox = outbox;
        this.orders = orders;
        this.times = times;
        this.messages = messages;
    }

    @EventListener
    void on(TimeLimitWarningRaised w) {
        if (w.recipientId() == null) {
            return;
        }
        NotificationEvent event = switch (w.level()) {
            case "YELLOW" -> NotificationEvent.WARNING_YELLOW;
            case "RED" -> NotificationEvent.WARNING_RED;
            default -> NotificationEvent.ESCALATION;
        };
        String clock = messages.getMessage("clock." + w.clock().name(), null, w.clock().name(), Locale.SIMPLIFIED_CHINESE);
        // the first round keeps the keys it always had; a later round warns anew
        String key = "warning:" + w.orderId() + ":" + w.clock() + ":" + w.level() + ":" + w.step() + ":" + w.recipientId()
                + (w.round() > 1 ? ":round" + w.round() : "");
        outbox.toStaff(key, event, w.recipientId(), About.order(w.orderId(), w.orderNumber()),
                Map.of("orderNumber", w.orderNumber(), "clock", clock, "deadline", times.format(w.deadline()),
                        "step", Integer.toString(w.step())));
    }

    @EventListener
    void on(SupervisionOpened s) {
        WorkOrderSnapshot order = orders.find(s.orderNumber()).orElseThrow().snapshot();
        Set<Long> recipients = new LinkedHashSet<>();
        if (order.assigneeId() != null) {
            recipients.add(order.assigneeId());
        }
        if (order.coordinatorId() != null) {
            recipients.add(order.coordinatorId());
        }
        for (long to : recipients) {
            outbox.toStaff("supervision:" + s.orderId() + ":" + s.at().toEpochMilli() + ":" + to,
                    NotificationEvent.SUPERVISION, to, About.order(s.orderId(), s.orderNumber()),
                    Map.of("orderNumber", s.orderNumber(), "deadline", times.format(s.deadline()), "note", s.note()));
        }
    }
}
