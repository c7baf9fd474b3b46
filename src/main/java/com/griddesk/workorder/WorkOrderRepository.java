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

    /**
     * Orders created since {@code since} with an id above {@code afterId}, in id order: for modules
     * that keep their own read model and must also see orders written without events (the demo
     * history goes in by COPY). No data scope: for background jobs, never for a user's request.
     */
    List<WorkOrderSnapshot> createdSince(Instant since, long afterId, int limit);

    /** Numbers of the orders in a case family. */
    List<String> familyMembers(String family);
}
