package com.griddesk.workorder;

import java.time.Instant;

/**
 * Something that happened to a work order, published in the transaction that changed it (Spring
 * Modulith's event publication registry is the outbox). Listeners in other modules react to these.
 */
public sealed interface WorkOrderEvent permits WorkOrderCreated, WorkOrderDispatched, WorkOrderAccepted,
        WorkOrderStarted, WorkOrderResolved, WorkOrderReturned, WorkOrderClosed, WorkOrderReopened,
        WorkOrderCancelled, WorkOrderMerged, WorkOrderReminded, CoordinatorAssigned, SubTaskOpened,
        SubTaskFinished, WorkOrderCustomerContacted, WorkOrderCheckedIn, WorkOrderLinked,
        WorkOrderAttachedToOutage, WorkOrderResolvedByRestoration, WorkOrderReworked {

    long orderId();

    String number();

    Instant at();

    long actorId();
}
