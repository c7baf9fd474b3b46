package com.griddesk.textmining;

import java.time.Instant;
import java.util.List;

/**
 * An order's escalation risk reached a warning level (HIGH or CRITICAL) for the first time: the
 * coordinator should act before the customer escalates (service-recovery early warning, R10).
 * Published once per order and level, through the event publication registry.
 */
public record EscalationRiskRaised(long orderId, String orderNumber, int score, EscalationRisk.Level level,
        List<String> reasons, Long coordinatorId, Instant at) {
}
