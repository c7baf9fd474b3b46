package com.griddesk.recovery;

import java.math.BigDecimal;
import java.util.Set;

/** What the callback needs to know of an order's recovery: done or not, what was given, how much. */
public record RecoverySummary(String orderNumber, boolean complete, Set<RemedyKind> approvedKinds, BigDecimal approvedAmount) {
}
