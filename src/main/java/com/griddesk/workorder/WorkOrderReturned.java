package com.griddesk.workorder;

import java.time.Instant;

/** The order went back to dispatch (退单) with a reason. */
public record WorkOrderReturned(long orderId, String number, Instant at, long actorId, String reason, int returnCount) implements WorkOrderEvent {
}
