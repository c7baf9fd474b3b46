package com.griddesk.recovery;

import java.math.BigDecimal;
import java.time.Instant;

/** One remedy offered to the customer, and who decided on it. */
public record Remedy(Long id, RemedyKind kind, BigDecimal amount, String description, long requestedBy,
        String requestedByName, Instant requestedAt, Status status, boolean needsSupervisor, Long decidedBy,
        String decidedByName, Instant decidedAt, String decisionNote) {

    public enum Status { REQUESTED, APPROVED, REJECTED }

    public boolean pending() {
        return status == Status.REQUESTED;
    }

    Remedy decided(Status outcome, long by, String byName, Instant at, String note) {
        return new Remedy(id, kind, amount, description, requestedBy, requestedByName, requestedAt, outcome,
                needsSupervisor, by, byName, at, note);
    }

    Remedy withId(long newId) {
        return new Remedy(newId, kind, amount, description, requestedBy, requestedByName, requestedAt, status,
                needsSupervisor, decidedBy, decidedByName, decidedAt, decisionNote);
    }
}
