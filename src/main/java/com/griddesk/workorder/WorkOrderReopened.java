package com.griddesk.workorder;

import java.time.Instant;

/** A resolved or closed order was opened again. */
public record WorkOrderReopened(long orderId, String number, Instant at, long actorId, String reason, int reopenCount) implements WorkOrderEvent {
}
