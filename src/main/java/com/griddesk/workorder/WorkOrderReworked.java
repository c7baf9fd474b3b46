package com.griddesk.workorder;

import java.time.Instant;

/** The callback sent a resolved order back to its handler (返工), with what the customer said. */
public record WorkOrderReworked(long orderId, String number, Instant at, long actorId, String customerWords, int reworkCount) implements WorkOrderEvent {
}
