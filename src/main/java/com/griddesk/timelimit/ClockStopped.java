package com.griddesk.timelimit;

import java.time.Instant;

/**
 * An order's clock stopped because the work it measures was done (published in the transaction
 * that stopped it). {@code met} when it stopped by its deadline; paused time does not count.
 */
public record ClockStopped(long orderId, String orderNumber, ClockName clock, Instant deadline, Instant stoppedAt) {

    public boolean met() {
        return !stoppedAt.isAfter(deadline);
    }
}
