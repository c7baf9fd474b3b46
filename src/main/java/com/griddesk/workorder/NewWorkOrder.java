package com.griddesk.workorder;

/**
 * What intake knows when it opens an order: the demand, the caller, where it is routed, and how
 * urgent it is from the start (a text reporting danger now opens as URGENT).
 */
public record NewWorkOrder(String number, Channel channel, String typeCode, String categoryCode, Long customerId,
        String accountNumber, String contactName, String contactPhone, String address, String description,
        Long stationId, Assignment owner, Long coordinatorId, Urgency urgency) {

    public NewWorkOrder {
        urgency = urgency == null ? Urgency.NORMAL : urgency;
    }

    public NewWorkOrder(String number, Channel channel, String typeCode, String categoryCode, Long customerId,
            String accountNumber, String contactName, String contactPhone, String address, String description,
            Long stationId, Assignment owner, Long coordinatorId) {
        this(number, channel, typeCode, categoryCode, customerId, accountNumber, contactName, contactPhone, address,
                description, stationId, owner, coordinatorId, Urgency.NORMAL);
    }
}
