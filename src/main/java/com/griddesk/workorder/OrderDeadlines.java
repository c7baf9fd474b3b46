package com.griddesk.workorder;

import java.time.Instant;
import java.util.List;

/** The clocks of an order as its page and API show them; provided by the time-limit module. */
public interface OrderDeadlines {

    /** {@code round} counts from 1; a reworked or reopened order starts a new round of clocks. */
    record Deadline(String clock, Instant startedAt, Instant deadline, String state, long remainingSeconds,
            Instant stoppedAt, Integer ruleSetVersion, int round) {
    }

    /** The clocks of the order's current round (the earlier rounds' are history). */
    List<Deadline> of(long orderId);

    /** For each order number, its running clock with the nearest deadline (for countdown badges in lists). */
    java.util.Map<String, Deadline> mostUrgent(java.util.Collection<String> numbers);
}
