package com.griddesk.workorder;

/** What intake knows when it opens an order: the demand, the caller, and where it is routed. */
public record NewWorkOrder(String number, Channel channel, String typeCode, String categoryCode, Long customerId,
        String accountNumber, String contactName, String contactPhone, String address, String description,
        Long stationId, Assignment owner, Long coordinatorId) {
}
