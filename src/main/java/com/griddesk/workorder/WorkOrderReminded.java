package com.griddesk.workorder;

import java.time.Instant;

/** The customer or a supervisor chased the order (催办); urgency may have risen. */
public record WorkOrderReminded(long orderId, String number, Instant at, long actorId, int reminderCount, Urgency urgency) implements WorkOrderEvent {
}
