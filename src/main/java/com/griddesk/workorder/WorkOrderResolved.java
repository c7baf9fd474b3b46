package com.griddesk.workorder;

import java.time.Instant;

/** The handler finished the work with a result, a root cause and who was responsible. */
public record WorkOrderResolved(long orderId, String number, Instant at, long actorId, Responsibility responsibility, String rootCause) implements WorkOrderEvent {
}
