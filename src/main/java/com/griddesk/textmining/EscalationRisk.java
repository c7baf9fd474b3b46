package com.griddesk.textmining;

import java.time.Instant;
import java.util.List;

/**
 * How likely an order is to escalate (to 12398, the media, a court), 0–100, and why. Each reason
 * names its code (a message key {@code textmining.risk.reason.<code>}), the points it adds and
 * what was found (the words, the number of calls).
 */
public record EscalationRisk(String orderNumber, int score, Level level, List<Reason> reasons, Instant assessedAt) {

    public EscalationRisk {
        reasons = List.copyOf(reasons);
    }

    public enum Level { LOW, MEDIUM, HIGH, CRITICAL }

    public record Reason(String code, int points, String detail) {
    }
}
