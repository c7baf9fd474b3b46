package com.griddesk.notification.internal;

import java.util.Locale;
import java.util.Map;

import com.griddesk.notification.NotificationEvent;
import com.griddesk.textmining.EscalationRiskRaised;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The coordinator hears in-app when an order's escalation risk reaches a warning level (服务补救预警, R10). */
@Component
class EscalationRiskNotifier {

    private final Outbox outbox;
    private final MessageSource messages;

    EscalationRiskNotifier(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(EscalationRiskRaised risk) {
        if (risk.coordinatorId() == null) {
            return;
        }
        outbox.toStaff("risk:" + risk.orderId() + ":" + risk.level() + ":" + risk.coordinatorId(),
                NotificationEvent.ESCALATION_RISK, risk.coordinatorId(), About.order(risk.orderId(), risk.orderNumber()),
                Map.of("orderNumber", risk.orderNumber(), "score", Integer.toString(risk.score()),
                        "level", name("textmining.risk.level." + risk.level()),
                        "reasons", String.join("、", risk.reasons().stream()
                                .map(code -> name("textmining.risk.reasonName." + code)).toList())));
    }

    private String name(String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), Locale.SIMPLIFIED_CHINESE);
    }
}
