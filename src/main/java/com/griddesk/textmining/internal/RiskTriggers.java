package com.griddesk.textmining.internal;

import com.griddesk.timelimit.TimeLimitWarningRaised;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderReminded;
import com.griddesk.workorder.WorkOrderReopened;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When risk is assessed again: a new order, a repeat call, a reopening (in the same transaction,
 * so the agent sees it at once) and a missed deadline or escalation (the warning marks the order
 * and {@link RiskRefresher} assesses it within seconds, once for all its warnings).
 */
@Component
class RiskTriggers {

    private final RiskAssessment risk;
    private final RiskRefresher refresher;

    RiskTriggers(RiskAssessment risk, RiskRefresher refresher) {
        this.risk = risk;
        this.refresher = refresher;
    }

    @EventListener
    @Order(OrderIndex.ORDER + 1)
    void on(WorkOrderCreated e) {
        risk.assessNew(e.orderId());
    }

    @EventListener
    void on(WorkOrderReminded e) {
        risk.assess(e.orderId());
    }

    @EventListener
    void on(WorkOrderReopened e) {
        risk.assess(e.orderId());
    }

    @EventListener
    void on(TimeLimitWarningRaised e) {
        if (!"YELLOW".equals(e.level())) {
            refresher.mark(e.orderId());
        }
    }
}
