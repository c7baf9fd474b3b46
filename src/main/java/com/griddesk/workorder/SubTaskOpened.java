package com.griddesk.workorder;

import java.time.Instant;

/** Another department was asked to do part of the work (协办). */
public record SubTaskOpened(long orderId, String number, Instant at, long actorId, int subTaskNo, long unitId) implements WorkOrderEvent {
}
