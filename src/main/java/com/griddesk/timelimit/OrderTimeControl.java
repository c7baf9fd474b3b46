package com.griddesk.timelimit;

import java.time.Instant;

import com.griddesk.org.CurrentStaff;

/** Suspension (挂起) and supervision (督办) of an order's time limits. */
public interface OrderTimeControl {

    /** Pauses the order's running clocks; the caller approves it and must be allowed to. */
    void suspend(String number, SuspensionKind kind, String reason, CurrentStaff approver);

    void resume(String number, String note, CurrentStaff staff);

    /** Opens a supervision with its own deadline, watched like any other clock. */
    void supervise(String number, Instant deadline, String note, CurrentStaff supervisor);
}
