package com.griddesk.outage;

/**
 * The port through which outage notices leave GridDesk. The notification module implements it
 * (SMS / e-mail with delivery receipts) and reports what happened through {@link NoticeReceipts};
 * until then, the default implementation only records the request and staff enter the delivery
 * proof by hand (a phone-call recording, a registered-mail receipt number, with the time).
 */
public interface NoticeDelivery {

    /**
     * Hands the notice over. Called after the notice is committed, possibly more than once for the
     * same reference (retries): implementations must treat a known reference as already sent.
     */
    void send(Notice notice);

    /** Whether delivery facts come back on their own; if not, the pages ask staff for the proof. */
    boolean reportsDelivery();
}
