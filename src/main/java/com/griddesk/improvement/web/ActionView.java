package com.griddesk.improvement.web;

import java.time.Instant;
import java.time.LocalDate;

import com.griddesk.improvement.ActionState;
import com.griddesk.improvement.ImprovementAction;
import com.griddesk.improvement.ScopeKind;

/** An action as the API shows it. */
record ActionView(long id, ScopeKind scopeKind, String scopeCode, String scopeName, String rootCause, String unitPath,
        ActionState state, Instant proposedAt, int triggerCount, Long ownerId, String ownerName, LocalDate dueDate,
        boolean overdue, String plan, String evidence, Instant implementedAt, String verifiedByName, Instant verifiedAt,
        String rejectionNote) {

    static ActionView of(ImprovementAction a, LocalDate today) {
        return new ActionView(a.id(), a.scopeKind(), a.scopeCode(), a.scopeName(), a.rootCause(), a.unitPath(), a.state(),
                a.proposedAt(), a.triggerCount(), a.ownerId(), a.ownerName(), a.dueDate(), a.overdue(today), a.plan(),
                a.evidence(), a.implementedAt(), a.verifiedByName(), a.verifiedAt(), a.rejectionNote());
    }
}
