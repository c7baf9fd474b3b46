package com.griddesk.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of the aggregate; saving writes the order, its new timeline entries and sub-tasks together. */
public interface WorkOrderRepository {

    String nextNumber(Instant at);

    /** Saves and returns the events the change produced, to be published in the same transaction. */
    List<WorkOrderEvent> save(WorkOrder order);

    Optional<WorkOrder> findForUpdate(String number);

    Optional<WorkOrder> find(String number);

    List<TimelineEntry> timeline(long orderId);

    /**
     * Appends an entry that is not a transition of the aggregate (warnings, clocks, suspensions) to
     * the order's timeline, in the caller's transaction.
     */
    void appendTimeline(long orderId, TimelineEntry entry);

    /** Numbers of the orders in a case family. */
    List<String> familyMembers(String family);
}
