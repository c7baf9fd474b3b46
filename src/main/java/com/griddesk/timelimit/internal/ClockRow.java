package com.griddesk.timelimit.internal;

import java.time.Instant;

import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;

/** One row of order_clock, as the keeper and the scanner change it; {@code round} counts the order's rework / reopen rounds from 1. */
record ClockRow(Long id, long orderId, String orderNumber, ClockName name, Integer ruleSetVersion, Integer amount,
        LimitUnit unit, long budgetSeconds, Instant startedAt, Instant segmentStartedAt, long consumedSeconds,
        Instant ownDeadline, Instant deadline, Instant warnAt, Instant pausedAt, Instant stoppedAt, Stored state,
        boolean yellowFired, boolean redFired, int escalationStep, Instant nextFireAt, String unitPath,
        Long assigneeId, Long coordinatorId, String caseFamily, String note, int round) {

    enum Stored {
        RUNNING, PAUSED, STOPPED, CANCELLED
    }

    ClockRow with(Stored state, Instant segmentStartedAt, long consumedSeconds, Instant ownDeadline, Instant deadline,
            Instant warnAt, Instant pausedAt, Instant stoppedAt) {
        return new ClockRow(id, orderId, orderNumber, name, ruleSetVersion, amount, unit, budgetSeconds, startedAt,
                segmentStartedAt, consumedSeconds, ownDeadline, deadline, warnAt, pausedAt, stoppedAt, state, yellowFired,
                redFired, escalationStep, nextFireAt, unitPath, assigneeId, coordinatorId, caseFamily, note, round);
    }

    ClockRow fired(boolean yellow, boolean red, int step, Instant next) {
        return new ClockRow(id, orderId, orderNumber, name, ruleSetVersion, amount, unit, budgetSeconds, startedAt,
                segmentStartedAt, consumedSeconds, ownDeadline, deadline, warnAt, pausedAt, stoppedAt, state, yellow, red,
                step, next, unitPath, assigneeId, coordinatorId, caseFamily, note, round);
    }

    ClockRow inFamily(String family) {
        return new ClockRow(id, orderId, orderNumber, name, ruleSetVersion, amount, unit, budgetSeconds, startedAt,
                segmentStartedAt, consumedSeconds, ownDeadline, deadline, warnAt, pausedAt, stoppedAt, state, yellowFired,
                redFired, escalationStep, nextFireAt, unitPath, assigneeId, coordinatorId, family, note, round);
    }

    ClockRow withNextFire(Instant next) {
        return fired(yellowFired, redFired, escalationStep, next);
    }
}
