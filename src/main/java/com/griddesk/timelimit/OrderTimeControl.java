package com.griddesk.timelimit;

import java.time.Instant;

import com.griddesk.org.CurrentStaff;

/** Suspension (挂起) and supervision (督办) of an order's time limits, and arrivals other modules know of. */
public interface OrderTimeControl {

    /** Pauses the order's running clocks; the caller approves it and must be allowed to. */
    void suspend(String number, SuspensionKind kind, String reason, CurrentStaff approver);

    void resume(String number, String note, CurrentStaff staff);

    /** Opens a supervision with its own deadline, watched like any other clock. */
    void supervise(String number, Instant deadline, String note, CurrentStaff supervisor);

    /**
     * The crew answering this order is on site without checking in on it: an outage event's one
     * crew answers every call attached to the event. The order's running ARRIVE clock stops at
     * {@code at} (not before the clock started), in the caller's transaction; the order's timeline
     * says why. Nothing happens when no ARRIVE clock runs. For other modules: no data scope.
     */
    void stopArrival(String number, Instant at, String reason);
}
