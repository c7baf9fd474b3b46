package com.griddesk.timelimit;

import java.time.Instant;

/** A supervisor opened a supervision (督办) of an order, with its own deadline. */
public record SupervisionOpened(long orderId, String orderNumber, long supervisorId, Instant deadline, String note,
        Instant at) {
}
