package com.griddesk.workorder;

import java.time.Instant;

/** The order joined a case family of orders about the same grievance. */
public record WorkOrderLinked(long orderId, String number, Instant at, long actorId, String family) implements WorkOrderEvent {
}
