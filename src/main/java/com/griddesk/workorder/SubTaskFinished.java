package com.griddesk.workorder;

import java.time.Instant;

/** A sub-task was done or cancelled. */
public record SubTaskFinished(long orderId, String number, Instant at, long actorId, int subTaskNo, SubTaskStatus status) implements WorkOrderEvent {
}
