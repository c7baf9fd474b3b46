package com.griddesk.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/**
 * The recovery record of one order. It is complete when the apology is made, at least one remedy is
 * approved and none waits for a decision, and all three fairness checks hold.
 */
public final class ServiceRecovery {

    private final String orderNumber;
    private Apology apology;
    private final List<Remedy> remedies;
    private Fairness fairness;

    public ServiceRecovery(String orderNumber, Apology apology, List<Remedy> remedies, Fairness fairness) {
        this.orderNumber = orderNumber;
        this.apology = apology;
        this.remedies = new ArrayList<>(remedies);
        this.fairness = fairness == null ? Fairness.UNCHECKED : fairness;
    }

    public static ServiceRecovery empty(String orderNumber) {
        return new ServiceRecovery(orderNumber, null, List.of(), Fairness.UNCHECKED);
    }

    /** 致歉: how it was made and by whom; a later apology replaces the record of an earlier one. */
    public void apologise(ApologyChannel channel, String note, Actor by, Instant at) {
        if (channel == null) {
            throw DomainException.invalid("channel", "validation.NotNull", "channel");
        }
        apology = new Apology(channel, by.staffId(), by.name(), at, blankToNull(note));
    }

    public Remedy request(RemedyKind kind, BigDecimal amount, String description, Actor by, Instant at,
            RecoverySettings settings) {
        if (kind == null) {
            throw DomainException.invalid("kind", "validation.NotNull", "kind");
        }
        if (description == null || description.isBlank()) {
            throw DomainException.invalid("description", "validation.NotBlank", "description");
        }
        BigDecimal value = null;
        if (kind.hasAmount()) {
            if (amount == null || amount.signum() <= 0) {
                throw DomainException.invalid("amount", "validation.positive", "amount");
            }
            if (amount.compareTo(settings.maxAmount()) > 0 || amount.scale() > 2) {
                throw DomainException.invalid("amount", "validation.remedyAmount", settings.maxAmount().toPlainString());
            }
            value = amount.setScale(2);
        }
        else if (amount != null && amount.signum() != 0) {
            throw DomainException.invalid("amount", "validation.remedyNoAmount");
        }
        boolean needsSupervisor = value != null && value.compareTo(settings.supervisorApprovalAbove()) > 0;
        Remedy remedy = new Remedy(null, kind, value, description.strip(), by.staffId(), by.name(), at,
                Remedy.Status.REQUESTED, needsSupervisor, null, null, null, null);
        remedies.add(remedy);
        return remedy;
    }

    /**
     * Four eyes: the approver is not the one who asked, and above the limit only a supervisor
     * decides. A rejection follows the same rule: whoever may approve may refuse.
     */
    public Remedy decide(long remedyId, boolean approve, String note, CurrentStaff approver, Instant at) {
        int index = indexOf(remedyId);
        Remedy remedy = remedies.get(index);
        if (!remedy.pending()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, orderNumber, approve ? "approve" : "reject",
                    remedy.status());
        }
        if (remedy.requestedBy() == approver.id()) {
            throw new DomainException(ProblemCode.SELF_APPROVAL, orderNumber);
        }
        boolean supervisor = approver.has(Role.SUPERVISOR);
        if (remedy.needsSupervisor() && !supervisor) {
            throw new DomainException(ProblemCode.APPROVAL_LIMIT_EXCEEDED, remedy.amount().toPlainString());
        }
        if (!supervisor && !approver.has(Role.COORDINATOR)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (!approve && (note == null || note.isBlank())) {
            throw DomainException.invalid("note", "validation.NotBlank", "note");
        }
        Remedy decided = remedy.decided(approve ? Remedy.Status.APPROVED : Remedy.Status.REJECTED, approver.id(),
                approver.fullName(), at, blankToNull(note));
        remedies.set(index, decided);
        return decided;
    }

    public void checkFairness(boolean outcome, boolean procedural, boolean interactional, String note, Actor by,
            Instant at) {
        fairness = new Fairness(outcome, procedural, interactional, blankToNull(note), by.staffId(), by.name(), at);
    }

    /** What is still missing, as message keys of the items (empty when complete). */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (apology == null) {
            missing.add("apology");
        }
        if (remedies.stream().noneMatch(r -> r.status() == Remedy.Status.APPROVED)) {
            missing.add("remedy");
        }
        if (remedies.stream().anyMatch(Remedy::pending)) {
            missing.add("remedyPending");
        }
        if (!fairness.outcome()) {
            missing.add("fairness.outcome");
        }
        if (!fairness.procedural()) {
            missing.add("fairness.procedural");
        }
        if (!fairness.interactional()) {
            missing.add("fairness.interactional");
        }
        return missing;
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    public BigDecimal approvedAmount() {
        return remedies.stream().filter(r -> r.status() == Remedy.Status.APPROVED && r.amount() != null)
                .map(Remedy::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The store gives a newly requested remedy its id once written. */
    public void assigned(int index, long id) {
        remedies.set(index, remedies.get(index).withId(id));
    }

    private int indexOf(long remedyId) {
        for (int i = 0; i < remedies.size(); i++) {
            if (remedies.get(i).id() != null && remedies.get(i).id() == remedyId) {
                return i;
            }
        }
        throw DomainException.notFound(ProblemCode.NOT_FOUND, orderNumber + "/recovery/remedies/" + remedyId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String orderNumber() {
        return orderNumber;
    }

    public Apology apology() {
        return apology;
    }

    public List<Remedy> remedies() {
        return Collections.unmodifiableList(remedies);
    }

    public Fairness fairness() {
        return fairness;
    }
}
