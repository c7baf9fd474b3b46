package com.griddesk.outage;

import java.time.Instant;
import java.util.Map;

/** One line of an outage event's (or a disconnection's) immutable history. */
public record OutageTimelineEntry(Instant at, long actorId, String actorName, String action, String note,
        Map<String, Object> details) {
}
