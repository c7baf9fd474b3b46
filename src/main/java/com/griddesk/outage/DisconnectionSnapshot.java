package com.griddesk.outage;

import java.math.BigDecimal;
import java.time.Instant;

/** Every stored field of an arrears disconnection. */
public record DisconnectionSnapshot(Long id, String number, long customerId, String accountNumber, String customerName,
        long stationId, String unitPath, BigDecimal arrearsAmount, String reason, Instant plannedAt,
        Protection protection, DisconnectionState state, long requestedBy, Instant requestedAt, Long approvedBy,
        Instant approvedAt, Long extraApprovedBy, Instant extraApprovedAt, Long executedBy, Instant executedAt,
        String outageNumber, Instant paidAt, String paymentReceipt, Instant reconnectDue, Long reconnectedBy,
        Instant reconnectedAt, Instant cancelledAt, String cancelReason, Instant updatedAt, int version) {
}
