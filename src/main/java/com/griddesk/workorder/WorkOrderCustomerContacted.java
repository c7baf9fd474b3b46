package com.griddesk.workorder;

import java.time.Instant;

/** Someone handling the order reached the customer. */
public record WorkOrderCustomerContacted(long orderId, String number, Instant at, long actorId, boolean first) implements WorkOrderEvent {
}
