package com.griddesk.improvement;

/** List filters; null means any. {@code overdue}: accepted actions past their due date. */
public record ActionFilter(ActionState state, ScopeKind scopeKind, String rootCause, boolean overdue, Long ownerId) {

    public static ActionFilter any() {
        return new ActionFilter(null, null, null, false, null);
    }
}
