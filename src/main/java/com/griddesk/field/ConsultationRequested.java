package com.griddesk.field;

import java.time.Instant;

/** A crew member asked an expert or leader for advice on an order; it waits in the expert's queue. */
public record ConsultationRequested(String orderNumber, long consultationId, long expertId, long requestedById,
        String requestedByName, String question, Instant at) {
}
