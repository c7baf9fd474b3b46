package com.griddesk.timelimit.internal;

import java.time.Instant;

import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;

/** One row of order_clock, as the keeper and the scanner change it. */
record ClockRow(Long id, long orderId, String orderNumber, ClockName name, Integer ruleSetVersion, Integer amount,
        LimitUnit unit, long budgetSeconds, Instant startedAt, Instant segmentStartedAt, long consumedSeconds,
        Instant ownDeadline, Instant deadline, Instant warnAt, Instant pausedAt, Instant stoppedAt, Stored state,
        boolean yellowFired, boolean redFired, int escalationStep, Instant nextFireAt, String unitPath,
        Long assigneeId, Long coordinatorId, String caseFamily, String note) {

    enum Stored {
        RUNNING, PAUSED, STOPPED, CANCELLED
    }

    ClockRow with(Stored state, Instant segmentStartedAt, long consumedSeconds, Instant ownDeadline, Instant deadline,
            Instant warnAt, Instant pausedAt, Instant stoppedAt) {
        return new ClockRow(id, orderId, orderNumber, name, ruleSetVersion, amount, unit, budgetSeconds, startedAt,
                segmentStartedAt, consumedSeconds, ownDeadline, deadline, warnAt, pausedAt, stoppedAt, state, yellowFired,
                redFired, escalationStep, nextFireAt, unitPath, assigneeId, coordinatorId, caseFamily, note);
    }

    ClockRow fired(boolean yellow, boolean red, int step, Instant next) {
        return new ClockRow(id, orderId, orderNumber, name, ruleSetVersion, amount, unit, budgetSeconds, startedAt,
                segmentStartedAt, consumedSeconds, ownDeadline, deadline, warnAt, pausedAt, stoppedAt, state, yellow, red,
                step, next, unitPath, assigneeId, coordinatorId, caseFamily, note);
    }

    ClockRow inFamily(String family) {
        return new ClockRow(id, orderId, orderNumber, name, ruleSetVersion, amount, unit, budgetSeconds, startedAt,
                segmentStartedAt, consumedSeconds, ownDeadline, deadline, warnAt, pausedAt, stoppedAt, state, yellowFired,
                redFired, escalationStep, nextFireAt, unitPath, assigneeId, coordinatorId, family, note);
    }

    ClockRow withNextFire(Instant next) {
        return fired(yellowFired, redFired, escalationStep, next);
    }
}
