package com.griddesk.improvement;

import java.time.Instant;

/** An order behind an action: one of those that caused it, or a later one of the same cause in the scope. */
public record LinkedOrder(String orderNumber, Instant resolvedAt, boolean causing) {
}
