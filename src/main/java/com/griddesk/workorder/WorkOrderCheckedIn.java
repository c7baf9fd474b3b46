package com.griddesk.workorder;

import java.time.Instant;

/** The crew checked in on site. */
public record WorkOrderCheckedIn(long orderId, String number, Instant at, long actorId, boolean first) implements WorkOrderEvent {
}
