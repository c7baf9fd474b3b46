package com.griddesk.textmining;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/** Reads of escalation risk, within the caller's data scope. */
public interface EscalationRisks {

    Optional<EscalationRisk> of(String orderNumber, CurrentStaff staff);

    /** Open orders of the caller's units at or above the score, riskiest first. */
    List<AtRisk> atRisk(CurrentStaff staff, int minScore, int limit);

    /** A line of the risk queue. */
    record AtRisk(String orderNumber, int score, EscalationRisk.Level level, List<String> reasons, String typeCode,
            String categoryCode, String text, Instant createdAt) {
    }
}
