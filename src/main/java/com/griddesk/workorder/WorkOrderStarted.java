package com.griddesk.workorder;

import java.time.Instant;

/** Work on the order began. */
public record WorkOrderStarted(long orderId, String number, Instant at, long actorId) implements WorkOrderEvent {
}
