package com.griddesk.timelimit;

import java.time.Instant;
import java.util.List;

import com.griddesk.org.CurrentStaff;

/** What staff see of time limits: their warning centre and the overdue board of their units. */
public interface TimeLimitBoard {

    record Warning(long id, String orderNumber, String clock, String level, int step, String recipientKind,
            Instant deadline, Instant firedAt, Instant readAt) {
    }

    record Overdue(String orderNumber, String clock, Instant deadline, long overdueSeconds, String unitPath,
            Long assigneeId, int escalationStep) {
    }

    List<Warning> warningsFor(CurrentStaff staff, boolean unreadOnly, int limit);

    long unreadCount(CurrentStaff staff);

    void markRead(long warningId, CurrentStaff staff);

    /** Running clocks past their deadline in the caller's units (optionally one unit and below), most overdue first. */
    List<Overdue> overdue(CurrentStaff staff, String unitPath, int limit);
}
