package com.griddesk.workorder;

import java.util.List;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;

/** Reads of work orders, always within the caller's data scope. */
public interface WorkOrderQueries {

    /** The order, if it exists and the caller may see it. */
    Optional<WorkOrder> find(String number, CurrentStaff staff);

    /** The order or a work-order-not-found problem (also when it is out of the caller's scope). */
    WorkOrder get(String number, CurrentStaff staff);

    List<TimelineEntry> timeline(String number, CurrentStaff staff);

    Page<WorkOrderSummary> search(WorkOrderFilter filter, CurrentStaff staff);

    /** Open orders of the customer or of the phone number (either may be null), newest first. */
    List<WorkOrderSummary> openOrdersOf(Long customerId, String contactPhone, CurrentStaff staff);

    /** Closed orders of the caller's units drawn for a sample (quality inspection). */
    List<ClosedSample.ClosedOrder> sampleClosed(ClosedSample sample, CurrentStaff staff);

    /** The customer's orders created in the last {@code days} days, newest first. */
    List<WorkOrderSummary> historyOf(long customerId, int days, CurrentStaff staff);
}
