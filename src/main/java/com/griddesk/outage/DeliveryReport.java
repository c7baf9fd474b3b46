package com.griddesk.outage;

import java.time.Instant;

/**
 * What became of a notice: DELIVERED at a time with a proof id (SMS receipt id, call recording id,
 * registered-mail receipt number, e-mail message id), or FAILED with a reason.
 * {@code reportedBy} names the source: a system ("notification") or a member of staff.
 */
public record DeliveryReport(Outcome outcome, Instant at, String proofId, String failureReason, String reportedBy) {

    public enum Outcome {
        DELIVERED, FAILED
    }
}
