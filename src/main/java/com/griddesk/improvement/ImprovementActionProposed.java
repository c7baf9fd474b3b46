package com.griddesk.improvement;

import java.time.Instant;

/** GridDesk proposed an action because {@code orders} orders of the cause recurred in the scope. */
public record ImprovementActionProposed(long actionId, ScopeKind scopeKind, String scopeCode, String rootCause,
        String unitPath, int orders, Instant at) {
}
