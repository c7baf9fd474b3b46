package com.griddesk.workorder;

import java.time.Instant;

/**
 * The outage the order was attached to was restored, and the order was resolved with it, from
 * whatever open status it had reached. Listeners treat it as a resolution (the callback is due).
 */
public record WorkOrderResolvedByRestoration(long orderId, String number, Instant at, long actorId, String outageNumber, Responsibility responsibility, String rootCause) implements WorkOrderEvent {
}
