package com.griddesk.timelimit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;
import com.griddesk.timelimit.TimeLimitSettings;
import com.griddesk.timelimit.WorkingCalendar;

/**
 * Starting, pausing, resuming, stopping and tightening clocks, and when each is next due to warn.
 * Pure: the calendar and the settings are passed in, time comes from the caller.
 */
final class ClockMath {

    private final WorkingCalendar calendar;
    private final double yellowShare;
    private final List<TimeLimitSettings.Step> steps;

    ClockMath(WorkingCalendar calendar, double yellowShare, List<TimeLimitSettings.Step> steps) {
        this.calendar = calendar;
        this.yellowShare = yellowShare;
        this.steps = steps;
    }

    ClockRow start(long orderId, String number, ClockName name, Integer ruleSetVersion, int amount, LimitUnit unit,
            Instant now, String unitPath, Long assigneeId, Long coordinatorId, String family, int round) {
        Instant deadline = calendar.deadline(now, amount, unit);
        long budget = WorkingCalendar.budget(amount, unit).toSeconds();
        ClockRow row = new ClockRow(null, orderId, number, name, ruleSetVersion, amount, unit, budget, now, now, 0,
                deadline, deadline, null, null, null, ClockRow.Stored.RUNNING, false, false, 0, null, unitPath,
                assigneeId, coordinatorId, family, null, round);
        return scheduled(row.with(row.state(), now, 0, deadline, deadline, warnAt(row, deadline), null, null));
    }

    /** A clock with an explicit deadline (supervision): its budget is the time until then. */
    ClockRow startUntil(long orderId, String number, ClockName name, Instant deadline, Instant now, String unitPath,
            Long assigneeId, Long coordinatorId, String note, int round) {
        long budget = Math.max(1, Duration.between(now, deadline).toSeconds());
        ClockRow row = new ClockRow(null, orderId, number, name, null, null, LimitUnit.MINUTES, budget, now, now, 0,
                deadline, deadline, null, null, null, ClockRow.Stored.RUNNING, false, false, 0, null, unitPath,
                assigneeId, coordinatorId, null, note, round);
        return scheduled(row.with(row.state(), now, 0, deadline, deadline, warnAt(row, deadline), null, null));
    }

    ClockRow pause(ClockRow c, Instant now) {
        long consumed = c.consumedSeconds() + calendar.elapsed(c.segmentStartedAt(), now, c.unit()).toSeconds();
        return c.with(ClockRow.Stored.PAUSED, c.segmentStartedAt(), consumed, c.ownDeadline(), c.deadline(), c.warnAt(), now,
                null).withNextFire(null);
    }

    /** Resumes after a pause: the time left is what was left when it paused, in the clock's own kind of time. */
    ClockRow resume(ClockRow c, Instant now) {
        long left = c.budgetSeconds() - c.consumedSeconds();
        Instant own = left > 0 ? calendar.advance(now, Duration.ofSeconds(left), c.unit()) : c.ownDeadline();
        Instant shift = own.isAfter(c.ownDeadline()) ? own : c.ownDeadline();
        Duration moved = Duration.between(c.ownDeadline(), shift);
        Instant deadline = c.deadline().equals(c.ownDeadline()) ? shift : c.deadline().plus(moved);
        ClockRow resumed = c.with(ClockRow.Stored.RUNNING, now, c.consumedSeconds(), shift, deadline, null, null, null);
        return scheduled(resumed.with(resumed.state(), now, resumed.consumedSeconds(), shift, deadline,
                resumed.yellowFired() ? c.warnAt() : warnAt(resumed, deadline), null, null));
    }

    ClockRow stop(ClockRow c, Instant now) {
        return c.with(ClockRow.Stored.STOPPED, c.segmentStartedAt(), c.consumedSeconds(), c.ownDeadline(), c.deadline(),
                c.warnAt(), c.pausedAt(), now).withNextFire(null);
    }

    ClockRow cancel(ClockRow c, Instant now) {
        return c.with(ClockRow.Stored.CANCELLED, c.segmentStartedAt(), c.consumedSeconds(), c.ownDeadline(),
                c.deadline(), c.warnAt(), c.pausedAt(), now).withNextFire(null);
    }

    /** A case family's strictest deadline applies to every member's clock of the same kind. */
    ClockRow tighten(ClockRow c, Instant familyDeadline) {
        Instant deadline = familyDeadline.isBefore(c.ownDeadline()) ? familyDeadline : c.ownDeadline();
        if (deadline.equals(c.deadline())) {
            return c;
        }
        ClockRow changed = c.with(c.state(), c.segmentStartedAt(), c.consumedSeconds(), c.ownDeadline(), deadline,
                c.yellowFired() ? c.warnAt() : warnAt(c, deadline), c.pausedAt(), c.stoppedAt());
        return c.state() == ClockRow.Stored.RUNNING ? scheduled(changed) : changed;
    }

    /** When the yellow share of the time up to {@code deadline} will have passed. */
    private Instant warnAt(ClockRow c, Instant deadline) {
        long effectiveBudget = c.consumedSeconds() + calendar.elapsed(c.segmentStartedAt(), deadline, c.unit()).toSeconds();
        long target = (long) Math.floor(effectiveBudget * yellowShare);
        return target <= c.consumedSeconds() ? c.segmentStartedAt()
                : calendar.advance(c.segmentStartedAt(), Duration.ofSeconds(target - c.consumedSeconds()), c.unit());
    }

    /** The next moment something is due: yellow, then red at the deadline, then each escalation step. */
    ClockRow scheduled(ClockRow c) {
        return c.withNextFire(nextFire(c));
    }

    Instant nextFire(ClockRow c) {
        if (c.state() != ClockRow.Stored.RUNNING) {
            return null;
        }
        if (!c.yellowFired() && c.warnAt() != null && c.warnAt().isBefore(c.deadline())) {
            return c.warnAt();
        }
        if (!c.redFired()) {
            return c.deadline();
        }
        if (c.escalationStep() < steps.size()) {
            return c.deadline().plus(steps.get(c.escalationStep()).afterDeadline());
        }
        return null;
    }

    List<TimeLimitSettings.Step> steps() {
        return steps;
    }
}
