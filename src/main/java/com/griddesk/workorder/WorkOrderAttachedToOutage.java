package com.griddesk.workorder;

import java.time.Instant;

/** An outage event took the call on: its crew works it, and restoring the event resolves it. */
public record WorkOrderAttachedToOutage(long orderId, String number, Instant at, long actorId, String outageNumber) implements WorkOrderEvent {
}
