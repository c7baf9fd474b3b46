package com.griddesk.workorder;

import java.time.Instant;

/** The order was sent to a unit or person (also on re-dispatch). */
public record WorkOrderDispatched(long orderId, String number, Instant at, long actorId, long unitId, Long assigneeId, boolean redispatch) implements WorkOrderEvent {
}
