package com.griddesk.outage;

import java.time.Instant;

/**
 * An R14 warning, raised once per subject, kind and audience: MANY_CUSTOMERS, LONG_DURATION,
 * OVERRUN (past the announced restoration) for outages, RECONNECTION_OVERDUE for disconnections.
 * The audience is the station that looks after it, or the hotline, whose agents then explain.
 */
public record OutageWarningRaised(String subject, String number, String kind, String audience, long unitId,
        Instant firedAt) {
}
