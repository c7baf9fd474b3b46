package com.griddesk.workorder;

import java.time.Instant;

/** A duplicate was merged into its master order. */
public record WorkOrderMerged(long orderId, String number, Instant at, long actorId, String masterNumber) implements WorkOrderEvent {
}
