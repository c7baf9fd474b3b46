package com.griddesk.improvement;

import java.time.Instant;
import java.time.LocalDate;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.StaffMember;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/**
 * One improvement action with its guarded transitions. Each transition checks the state and the
 * inputs, and answers the event it raises; the store writes the change, the history and the event
 * together.
 */
public final class ImprovementAction {

    private final long id;
    private final ScopeKind scopeKind;
    private final String scopeCode;
    private final String scopeName;
    private final String rootCause;
    private final long unitId;
    private final String unitPath;
    private final Instant proposedAt;
    private final int triggerCount;
    private ActionState state;
    private Long ownerId;
    private String ownerName;
    private LocalDate dueDate;
    private String plan;
    private Instant acceptedAt;
    private String evidence;
    private Instant implementedAt;
    private Long verifiedBy;
    private String verifiedByName;
    private Instant verifiedAt;
    private String rejectionNote;

    public ImprovementAction(long id, ScopeKind scopeKind, String scopeCode, String scopeName, String rootCause,
            long unitId, String unitPath, Instant proposedAt, int triggerCount, ActionState state, Long ownerId,
            String ownerName, LocalDate dueDate, String plan, Instant acceptedAt, String evidence,
            Instant implementedAt, Long verifiedBy, String verifiedByName, Instant verifiedAt, String rejectionNote) {
        this.id = id;
        this.scopeKind = scopeKind;
        this.scopeCode = scopeCode;
        this.scopeName = scopeName;
        this.rootCause = rootCause;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.proposedAt = proposedAt;
        this.triggerCount = triggerCount;
        this.state = state;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.plan = plan;
        this.acceptedAt = acceptedAt;
        this.evidence = evidence;
        this.implementedAt = implementedAt;
        this.verifiedBy = verifiedBy;
        this.verifiedByName = verifiedByName;
        this.verifiedAt = verifiedAt;
        this.rejectionNote = rejectionNote;
    }

    /** 受理: who owns it, by when, and how. The owner must be in the action's units; the due date not in the past. */
    public ImprovementActionMoved accept(StaffMember owner, String ownerUnitPath, LocalDate due, String plan,
            CurrentStaff by, Instant now, LocalDate today) {
        require(ActionState.PROPOSED, "accept");
        if (owner == null || !owner.enabled() || ownerUnitPath == null
                || (!ownerUnitPath.startsWith(unitPath) && !unitPath.startsWith(ownerUnitPath))) {
            throw DomainException.invalid("ownerId", "validation.improvementOwner");
        }
        if (due == null) {
            throw DomainException.invalid("dueDate", "validation.NotNull", "dueDate");
        }
        if (due.isBefore(today)) {
            throw DomainException.invalid("dueDate", "validation.dueInPast");
        }
        this.plan = text("plan", plan);
        this.ownerId = owner.id();
        this.ownerName = owner.fullName();
        this.dueDate = due;
        this.acceptedAt = now;
        return move(ActionState.ACCEPTED, "accept", by, now);
    }

    /** 实施完成: the owner (or a supervisor for them) records what was done. */
    public ImprovementActionMoved implement(String evidence, CurrentStaff by, Instant now) {
        require(ActionState.ACCEPTED, "implement");
        if ((ownerId == null || by.id() != ownerId) && !by.has(com.griddesk.org.Role.SUPERVISOR)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        this.evidence = text("evidence", evidence);
        this.implementedAt = now;
        this.rejectionNote = null;
        return move(ActionState.IMPLEMENTED, "implement", by, now);
    }

    /** 验证通过: by another person than the owner. */
    public ImprovementActionMoved verify(CurrentStaff by, Instant now) {
        require(ActionState.IMPLEMENTED, "verify");
        notTheOwner(by);
        this.verifiedBy = by.id();
        this.verifiedByName = by.fullName();
        this.verifiedAt = now;
        return move(ActionState.VERIFIED, "verify", by, now);
    }

    /** 验证不通过: back to the owner with the reason; the evidence stays on record in the history. */
    public ImprovementActionMoved reject(String note, CurrentStaff by, Instant now) {
        require(ActionState.IMPLEMENTED, "reject");
        notTheOwner(by);
        this.rejectionNote = text("note", note);
        this.implementedAt = null;
        return move(ActionState.ACCEPTED, "reject", by, now);
    }

    public boolean overdue(LocalDate today) {
        return state == ActionState.ACCEPTED && dueDate != null && dueDate.isBefore(today);
    }

    private void notTheOwner(CurrentStaff by) {
        if (ownerId != null && by.id() == ownerId) {
            throw new DomainException(ProblemCode.SELF_VERIFICATION, id);
        }
    }

    private void require(ActionState expected, String transition) {
        if (state != expected) {
            throw new DomainException(ProblemCode.IMPROVEMENT_ILLEGAL_TRANSITION, id, transition, state);
        }
    }

    private ImprovementActionMoved move(ActionState to, String transition, CurrentStaff by, Instant now) {
        ActionState from = state;
        state = to;
        return new ImprovementActionMoved(id, from, to, transition, by.id(), now);
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "validation.NotBlank", field);
        }
        if (value.length() > 4000) {
            throw DomainException.invalid(field, "validation.Size", field, 4000);
        }
        return value.strip();
    }

    public long id() { return id; }
    public ScopeKind scopeKind() { return scopeKind; }
    public String scopeCode() { return scopeCode; }
    public String scopeName() { return scopeName; }
    public String rootCause() { return rootCause; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public Instant proposedAt() { return proposedAt; }
    public int triggerCount() { return triggerCount; }
    public ActionState state() { return state; }
    public Long ownerId() { return ownerId; }
    public String ownerName() { return ownerName; }
    public LocalDate dueDate() { return dueDate; }
    public String plan() { return plan; }
    public Instant acceptedAt() { return acceptedAt; }
    public String evidence() { return evidence; }
    public Instant implementedAt() { return implementedAt; }
    public Long verifiedBy() { return verifiedBy; }
    public String verifiedByName() { return verifiedByName; }
    public Instant verifiedAt() { return verifiedAt; }
    public String rejectionNote() { return rejectionNote; }
}
