package com.griddesk.workorder;

import java.time.Instant;

/** The order was closed after its callback (or at once, when answered on first contact). */
public record WorkOrderClosed(long orderId, String number, Instant at, long actorId, Satisfaction satisfaction, boolean firstContactResolution) implements WorkOrderEvent {
}
