package com.griddesk.recovery;

import java.time.Instant;

/** The recovery record of an order became complete: apology, approved remedy, fairness checks. */
public record ServiceRecoveryCompleted(String orderNumber, Instant at) {
}
