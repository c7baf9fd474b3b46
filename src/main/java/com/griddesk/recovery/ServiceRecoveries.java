package com.griddesk.recovery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.recovery.internal.RecoveryStore;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of service recovery, each in one transaction on the locked record, within the caller's data scope. */
@Service
public class ServiceRecoveries {

    static final Set<Role> MAY_RECORD = EnumSet.of(Role.HANDLER, Role.FIELD_CREW, Role.COORDINATOR, Role.SUPERVISOR);

    private final RecoveryStore store;
    private final WorkOrderQueries queries;
    private final RecoverySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceRecoveries(RecoveryStore store, WorkOrderQueries queries, RecoverySettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** A recovery record is wanted for this kind of order (a complaint) … */
    public boolean applies(WorkOrderSnapshot order) {
        return settings.types().contains(order.typeCode());
    }

    /** … and must be complete before close once the company was found responsible. */
    public boolean required(WorkOrderSnapshot order) {
        return applies(order) && order.responsibility() == Responsibility.COMPANY;
    }

    @Transactional(readOnly = true)
    public ServiceRecovery of(String number, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        return store.find(order.number()).orElseGet(() -> ServiceRecovery.empty(order.number()));
    }

    /** For other modules (the callback): no data scope, the caller already has the order. */
    @Transactional(readOnly = true)
    public Optional<RecoverySummary> summary(String number) {
        return store.find(number).map(r -> new RecoverySummary(number, r.complete(),
                r.remedies().stream().filter(m -> m.status() == Remedy.Status.APPROVED).map(Remedy::kind)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RemedyKind.class))),
                r.approvedAmount()));
    }

    @Transactional
    public ServiceRecovery apologise(String number, ApologyChannel channel, String note, CurrentStaff staff) {
        return change(number, staff, MAY_RECORD, r -> r.apologise(channel, note, staff.actor(), clock.instant()));
    }

    @Transactional
    public ServiceRecovery requestRemedy(String number, RemedyKind kind, BigDecimal amount, String description,
            CurrentStaff staff) {
        ServiceRecovery recovery = change(number, staff, MAY_RECORD,
                r -> r.request(kind, amount, description, staff.actor(), clock.instant(), settings));
        Remedy added = recovery.remedies().get(recovery.remedies().size() - 1);
        events.publishEvent(new RemedyRequested(number, added.id(), added.kind(), added.amount(), added.needsSupervisor(),
                staff.id()));
        return recovery;
    }

    @Transactional
    public ServiceRecovery decide(String number, long remedyId, boolean approve, String note, CurrentStaff staff) {
        return change(number, staff, EnumSet.of(Role.COORDINATOR, Role.SUPERVISOR),
                r -> r.decide(remedyId, approve, note, staff, clock.instant()));
    }

    @Transactional
    public ServiceRecovery checkFairness(String number, boolean outcome, boolean procedural, boolean interactional,
            String note, CurrentStaff staff) {
        return change(number, staff, MAY_RECORD,
                r -> r.checkFairness(outcome, procedural, interactional, note, staff.actor(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<PendingRemedy> pending(CurrentStaff staff) {
        return store.pending(staff.scopePath());
    }

    private ServiceRecovery change(String number, CurrentStaff staff, Set<Role> roles, Consumer<ServiceRecovery> change) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(roles)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (!applies(order.snapshot())) {
            throw DomainException.invalid("type", "validation.recoveryNotForType", order.snapshot().typeCode());
        }
        if (order.status().isFinal()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "recovery", order.status());
        }
        Instant now = clock.instant();
        ServiceRecovery recovery = store.lock(order, now);
        boolean wasComplete = recovery.complete();
        change.accept(recovery);
        boolean complete = recovery.complete();
        store.save(order.id(), recovery, now, complete);
        if (complete && !wasComplete) {
            events.publishEvent(new ServiceRecoveryCompleted(number, now));
        }
        return recovery;
    }
}
