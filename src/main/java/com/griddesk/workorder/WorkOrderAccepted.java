package com.griddesk.workorder;

import java.time.Instant;

/** The handler took the order (接单). */
public record WorkOrderAccepted(long orderId, String number, Instant at, long actorId, long assigneeId) implements WorkOrderEvent {
}
