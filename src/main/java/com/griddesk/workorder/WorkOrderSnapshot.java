package com.griddesk.workorder;

import java.time.Instant;

/** Every stored field of a work order; how the aggregate is saved, loaded and read. */
public record WorkOrderSnapshot(Long id, String number, Channel channel, String typeCode, String categoryCode,
        WorkOrderStatus status, Urgency urgency, Long customerId, String accountNumber, String contactName,
        String contactPhone, String address, String description, Long stationId, long unitId, String unitPath,
        Long assigneeId, Long coordinatorId, int reminderCount, int returnCount, int reopenCount, int reworkCount,
        boolean firstContactResolution, String resolution, String rootCause, Responsibility responsibility,
        Satisfaction callbackSatisfaction, String callbackNote, String cancelReason, String mergedInto,
        Long createdBy, Instant createdAt, Instant updatedAt, Instant dispatchedAt, Instant acceptedAt,
        Instant resolvedAt, Instant closedAt, Instant contactedAt, Instant arrivedAt, String caseFamily, int version) {
}
