package com.griddesk.callback;

import java.time.Instant;
import java.util.List;

import com.griddesk.workorder.Satisfaction;

/** One callback of one resolved order, with the attempts made. */
public record CallbackTask(long id, String orderNumber, String typeCode, long unitId, Long handlerId,
        String responsibility, Instant resolvedAt, CallbackStatus status, int attempts, Instant nextAttemptAt,
        Boolean solved, Satisfaction satisfaction, String comment, Boolean withRecovery, Instant finishedAt,
        Survey survey, List<Attempt> history) {

    public record Attempt(Instant at, String agentName, String channel, boolean reached, Boolean solved,
            Satisfaction satisfaction, String comment) {
    }

    /** The SMS survey of the task (without its token: that is the customer's). */
    public record Survey(Instant issuedAt, Instant expiresAt, Instant answeredAt, String outcome) {
    }
}
