package com.griddesk.workorder;

import java.time.Instant;
import java.util.Map;

/** One line of an order's immutable history. */
public record TimelineEntry(Instant at, long actorId, String actorName, String action, WorkOrderStatus from,
        WorkOrderStatus to, String note, Map<String, Object> details) {
}
