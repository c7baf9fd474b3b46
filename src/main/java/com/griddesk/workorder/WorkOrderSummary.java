package com.griddesk.workorder;

import java.time.Instant;

/** One row of a work-order list. The phone is masked. */
public record WorkOrderSummary(String number, Channel channel, String typeCode, String categoryCode,
        WorkOrderStatus status, Urgency urgency, String accountNumber, String contactName, String contactPhoneMasked,
        String address, String description, long unitId, Long assigneeId, Long coordinatorId, int reminderCount,
        Instant createdAt, Instant updatedAt) {
}
