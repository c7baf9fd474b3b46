package com.griddesk.workorder;

import java.time.Instant;

/** A coordinator (协调员) became accountable for the order. */
public record CoordinatorAssigned(long orderId, String number, Instant at, long actorId, long coordinatorId) implements WorkOrderEvent {
}
