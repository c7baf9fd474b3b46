package com.griddesk.timelimit;

import java.time.Instant;

/**
 * A clock warned: YELLOW before its deadline, RED at it, ESCALATION up the chain afterwards.
 * {@code recipientId} is null when nobody holds the role the step names. {@code round} is the clock's
 * round (a reworked or reopened order warns again in its new round).
 */
public record TimeLimitWarningRaised(long orderId, String orderNumber, ClockName clock, String level, int step,
        Long recipientId, String recipientKind, Instant deadline, Instant firedAt, int round) {
}
