package com.griddesk.outage;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.DomainException.FieldError;
import com.griddesk.shared.ProblemCode;

/**
 * An arrears disconnection (欠费停电): request → approval by the unit's head (and a higher, second
 * approval for a protected customer) → notice delivered 3–7 days before → re-notice 30 minutes
 * before → execution; after payment, reconnection on its own clock. The execution is refused, with
 * every missing condition named, unless {@link DisconnectionRules} finds none.
 */
public final class Disconnection {

    private DisconnectionSnapshot s;
    private final List<OutageTimelineEntry> newEntries = new ArrayList<>();

    public Disconnection(DisconnectionSnapshot snapshot) {
        this.s = snapshot;
    }

    public static Disconnection request(String number, Customer customer, String unitPath, BigDecimal amount,
            String reason, Instant plannedAt, Duration noticeMinLead, Actor actor, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            errors.add(new FieldError("arrearsAmount", "disconnection.validation.amount"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldError("reason", "validation.NotBlank", "reason"));
        }
        if (plannedAt == null) {
            errors.add(new FieldError("plannedAt", "validation.NotNull", "plannedAt"));
        }
        else if (plannedAt.isBefore(now.plus(noticeMinLead))) {
            // the notice must be delivered at least 3 days before: an earlier date can never be lawful
            errors.add(new FieldError("plannedAt", "disconnection.validation.plannedTooSoon", noticeMinLead.toDays()));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        Disconnection d = new Disconnection(new DisconnectionSnapshot(null, number, customer.id(),
                customer.accountNumber(), customer.name(), customer.stationId(), unitPath, amount, reason.strip(),
                plannedAt, Protection.of(customer), DisconnectionState.REQUESTED, actor.staffId(), now, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, now, 0));
        d.record(actor, now, "REQUESTED", d.s.reason(), Map.of("amount", amount.toPlainString(),
                "plannedAt", plannedAt.toString(), "protection", String.valueOf(d.s.protection())));
        return d;
    }

    /** The unit's head approves; not the person who asked. */
    public void approve(Actor head, Instant now) {
        require(EnumSet.of(DisconnectionState.REQUESTED), "approve");
        if (head.staffId() == s.requestedBy()) {
            throw DomainException.invalid("approver", "disconnection.validation.approverIsRequester");
        }
        s = with(DisconnectionState.APPROVED, now).approved(head.staffId(), now).build();
        record(head, now, "APPROVED", null, Map.of());
    }

    /** The second approval a protected customer needs, from someone other than the first approver. */
    public void approveProtected(Actor approver, Instant now) {
        require(EnumSet.of(DisconnectionState.APPROVED), "approveProtected");
        if (s.protection() == null) {
            throw DomainException.invalid("approver", "disconnection.validation.notProtected");
        }
        if (s.extraApprovedAt() != null) {
            throw new DomainException(ProblemCode.DISCONNECTION_ILLEGAL_TRANSITION, s.number(), "approveProtected",
                    "EXTRA_APPROVED");
        }
        if (s.approvedBy() != null && approver.staffId() == s.approvedBy()) {
            throw DomainException.invalid("approver", "disconnection.validation.sameApprover");
        }
        s = with(s.state(), now).extraApproved(approver.staffId(), now).build();
        record(approver, now, "PROTECTED_APPROVED", s.protection().name(), Map.of());
    }

    /** A notice or re-notice goes out; only once the head has approved. */
    public void noticeRequested(NoticePurpose purpose, String reference, NoticeChannel channel, Actor actor, Instant now) {
        require(EnumSet.of(DisconnectionState.APPROVED), "notice");
        s = with(s.state(), now).build();
        record(actor, now, purpose.name(), reference, Map.of("channel", channel.name(), "reference", reference));
    }

    /** Executes the disconnection, or refuses it with every condition it still lacks. */
    public void execute(List<FieldError> missing, String outageNumber, Actor actor, Instant now) {
        require(EnumSet.of(DisconnectionState.APPROVED, DisconnectionState.REQUESTED), "execute");
        if (!missing.isEmpty()) {
            throw new DomainException(ProblemCode.DISCONNECTION_REFUSED, missing, s.number());
        }
        s = with(DisconnectionState.EXECUTED, now).executed(actor.staffId(), now, outageNumber).build();
        record(actor, now, "EXECUTED", outageNumber, Map.of("outage", outageNumber));
    }

    /**
     * The arrears are paid. Before the disconnection this ends it; after, reconnection is due
     * within {@code reconnectWithin}.
     */
    public void paid(String receipt, Duration reconnectWithin, Actor actor, Instant now) {
        require(EnumSet.of(DisconnectionState.REQUESTED, DisconnectionState.APPROVED, DisconnectionState.EXECUTED), "pay");
        if (receipt == null || receipt.isBlank()) {
            throw DomainException.invalid("receipt", "validation.NotBlank", "receipt");
        }
        if (s.state() == DisconnectionState.EXECUTED) {
            s = with(DisconnectionState.PAID, now).paid(now, receipt.strip(), now.plus(reconnectWithin)).build();
            record(actor, now, "PAID", receipt.strip(), Map.of("reconnectDue", s.reconnectDue().toString()));
        }
        else {
            s = with(DisconnectionState.CANCELLED, now).paid(now, receipt.strip(), null).cancelled(now, "paid").build();
            record(actor, now, "PAID_BEFORE_DISCONNECTION", receipt.strip(), Map.of());
        }
    }

    public void reconnect(Actor actor, Instant now) {
        require(EnumSet.of(DisconnectionState.PAID), "reconnect");
        s = with(DisconnectionState.RECONNECTED, now).reconnected(actor.staffId(), now).build();
        record(actor, now, "RECONNECTED", null, Map.of("late", now.isAfter(s.reconnectDue())));
    }

    public void cancel(String reason, Actor actor, Instant now) {
        require(EnumSet.of(DisconnectionState.REQUESTED, DisconnectionState.APPROVED), "cancel");
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "validation.NotBlank", "reason");
        }
        s = with(DisconnectionState.CANCELLED, now).cancelled(now, reason.strip()).build();
        record(actor, now, "CANCELLED", reason.strip(), Map.of());
    }

    /** An execution the rules refused, kept on the timeline for the audit. */
    public void refused(List<String> conditions, Actor actor, Instant now) {
        record(actor, now, "EXECUTION_REFUSED", String.join(", ", conditions), Map.of("missing", conditions));
    }

    private void require(Set<DisconnectionState> allowed, String action) {
        if (!allowed.contains(s.state())) {
            throw new DomainException(ProblemCode.DISCONNECTION_ILLEGAL_TRANSITION, s.number(), action, s.state());
        }
    }

    private void record(Actor actor, Instant now, String action, String note, Map<String, Object> details) {
        newEntries.add(new OutageTimelineEntry(now, actor.staffId(), actor.name(), action, note, details));
    }

    public void saved(long id, int version) {
        s = with(s.state(), s.updatedAt()).id(id).version(version).build();
        newEntries.clear();
    }

    public List<OutageTimelineEntry> newTimelineEntries() {
        return Collections.unmodifiableList(newEntries);
    }

    public DisconnectionSnapshot snapshot() {
        return s;
    }

    public String number() {
        return s.number();
    }

    public DisconnectionState state() {
        return s.state();
    }

    private Change with(DisconnectionState state, Instant now) {
        return new Change(s, state, now);
    }

    /** Copies the snapshot with the fields a transition sets. */
    private static final class Change {
        private final DisconnectionSnapshot o;
        private final DisconnectionState state;
        private final Instant now;
        private Long id;
        private int version;
        private Long approvedBy;
        private Instant approvedAt;
        private Long extraApprovedBy;
        private Instant extraApprovedAt;
        private Long executedBy;
        private Instant executedAt;
        private String outageNumber;
        private Instant paidAt;
        private String receipt;
        private Instant reconnectDue;
        private Long reconnectedBy;
        private Instant reconnectedAt;
        private Instant cancelledAt;
        private String cancelReason;

        Change(DisconnectionSnapshot o, DisconnectionState state, Instant now) {
            this.o = o;
            this.state = state;
            this.now = now;
            id = o.id();
            version = o.version();
            approvedBy = o.approvedBy();
            approvedAt = o.approvedAt();
            extraApprovedBy = o.extraApprovedBy();
            extraApprovedAt = o.extraApprovedAt();
            executedBy = o.executedBy();
            executedAt = o.executedAt();
            outageNumber = o.outageNumber();
            paidAt = o.paidAt();
            receipt = o.paymentReceipt();
            reconnectDue = o.reconnectDue();
            reconnectedBy = o.reconnectedBy();
            reconnectedAt = o.reconnectedAt();
            cancelledAt = o.cancelledAt();
            cancelReason = o.cancelReason();
        }

        Change id(long v) { id = v; return this; }
        Change version(int v) { version = v; return this; }
        Change approved(long by, Instant at) { approvedBy = by; approvedAt = at; return this; }
        Change extraApproved(long by, Instant at) { extraApprovedBy = by; extraApprovedAt = at; return this; }
        Change executed(long by, Instant at, String outage) { executedBy = by; executedAt = at; outageNumber = outage; return this; }
        Change paid(Instant at, String r, Instant due) { paidAt = at; receipt = r; reconnectDue = due; return this; }
        Change reconnected(long by, Instant at) { reconnectedBy = by; reconnectedAt = at; return this; }
        Change cancelled(Instant at, String reason) { cancelledAt = at; cancelReason = reason; return this; }

        DisconnectionSnapshot build() {
            return new DisconnectionSnapshot(id, o.number(), o.customerId(), o.accountNumber(), o.customerName(),
                    o.stationId(), o.unitPath(), o.arrearsAmount(), o.reason(), o.plannedAt(), o.protection(), state,
                    o.requestedBy(), o.requestedAt(), approvedBy, approvedAt, extraApprovedBy, extraApprovedAt,
                    executedBy, executedAt, outageNumber, paidAt, receipt, reconnectDue, reconnectedBy, reconnectedAt,
                    cancelledAt, cancelReason, now, version);
        }
    }
}
