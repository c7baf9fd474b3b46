package com.griddesk.outage;

import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/** Delivery facts of notices, from the notification module or entered by staff. */
public interface NoticeReceipts {

    /** A delivery service reports on a notice it was handed (idempotent: the same report twice is one). */
    void report(String reference, DeliveryReport report);

    /** A member of staff enters the proof by hand; the notice must be within their data scope. */
    void record(String reference, DeliveryReport report, CurrentStaff staff);

    Optional<NoticeView> find(String reference, CurrentStaff staff);
}
