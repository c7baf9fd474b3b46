package com.griddesk.workorder;

import java.time.Instant;

/** The order was cancelled with a reason. */
public record WorkOrderCancelled(long orderId, String number, Instant at, long actorId, String reason) implements WorkOrderEvent {
}
