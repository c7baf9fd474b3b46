package com.griddesk.improvement;

import java.time.Instant;

/** An action changed state (accepted, implemented, verified, or rejected back to accepted). */
public record ImprovementActionMoved(long actionId, ActionState from, ActionState to, String transition, long actorId,
        Instant at) {
}
