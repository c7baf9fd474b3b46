package com.griddesk.recovery;

import java.math.BigDecimal;

/** A remedy waits for approval; the notification module tells the approvers (supervisors above the limit). */
public record RemedyRequested(String orderNumber, long remedyId, RemedyKind kind, BigDecimal amount,
        boolean needsSupervisor, long requestedBy) {
}
