package com.griddesk.workorder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Which closed orders to draw for a sample (quality inspection): closed in [from, to), optionally only
 * those rated dissatisfied, only those sent back (reworked or reopened), or only the given numbers;
 * in a random order that the seed makes repeatable.
 */
public record ClosedSample(Instant from, Instant to, boolean dissatisfiedOnly, boolean sentBackOnly,
        Collection<String> numbers, long seed, int limit) {

    public ClosedSample {
        numbers = numbers == null ? null : List.copyOf(numbers);
        limit = Math.max(1, Math.min(limit, 1000));
    }

    /** A closed order as a sample shows it: who handled it, where, and how it ended. */
    public record ClosedOrder(long id, String number, String typeCode, long unitId, String unitPath, Long assigneeId,
            Satisfaction satisfaction, int reopenCount, int reworkCount, Instant closedAt) {
    }
}
