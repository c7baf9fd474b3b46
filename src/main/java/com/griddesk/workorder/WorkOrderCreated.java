package com.griddesk.workorder;

import java.time.Instant;

/** A demand became a work order. */
public record WorkOrderCreated(long orderId, String number, Instant at, long actorId, Channel channel, String typeCode, String categoryCode, long unitId, Long customerId, boolean answeredOnFirstContact) implements WorkOrderEvent {
}
