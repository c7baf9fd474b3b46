package com.griddesk.timelimit;

/**
 * The clocks an order can run against, and what starts and stops them:
 * DISPATCH opening → dispatch; ACCEPT dispatch → accept; CONTACT opening → first contact (or
 * resolve); ARRIVE opening → check-in on site (or resolve); RESTORE check-in → resolve; REPLY
 * opening → resolve (答复/办结); CALLBACK resolve → close; SUPERVISION (督办) opened by a
 * supervisor → resolve.
 */
public enum ClockName {
    DISPATCH, ACCEPT, CONTACT, ARRIVE, RESTORE, REPLY, CALLBACK, SUPERVISION;

    /** The clocks a rule set may define (supervision deadlines are set per order). */
    public boolean ruled() {
        return this != SUPERVISION;
    }
}
