package com.griddesk.improvement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.griddesk.improvement.internal.ActionStore;
import com.griddesk.improvement.internal.Recurrences;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.org.StaffMember;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases of improvement actions, each in one transaction on the locked action, within the caller's units. */
@Service
public class ImprovementActions {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Who may accept (assign an owner), verify or reject; the owner records the implementation. */
    public static final Set<Role> MAY_DECIDE = EnumSet.of(Role.SUPERVISOR, Role.COORDINATOR);

    private final ActionStore store;
    private final Recurrences recurrences;
    private final OrgDirectory org;
    private final ImprovementSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImprovementActions(ActionStore store, Recurrences recurrences, OrgDirectory org, ImprovementSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.recurrences = recurrences;
        this.org = org;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    @Transactional(readOnly = true)
    public List<ImprovementAction> list(ActionFilter filter, CurrentStaff staff) {
        return store.list(filter, staff.scopePath(), today(), 500);
    }

    @Transactional(readOnly = true)
    public ImprovementAction get(long id, CurrentStaff staff) {
        return store.find(id, staff.scopePath(), false)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.IMPROVEMENT_ACTION_NOT_FOUND, id));
    }

    @Transactional(readOnly = true)
    public List<LinkedOrder> orders(long id, CurrentStaff staff) {
        return store.orders(get(id, staff).id());
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long id, CurrentStaff staff) {
        return store.history(get(id, staff).id());
    }

    /**
     * Orders of the cause in the scope per 30 days: in the window before implementation and from then
     * until now (at most one window). Before implementation, "before" is the window up to now.
     */
    @Transactional(readOnly = true)
    public Effect effect(long id, CurrentStaff staff) {
        ImprovementAction a = get(id, staff);
        Instant now = clock.instant();
        Duration window = settings.window();
        Instant pivot = a.implementedAt() != null ? a.implementedAt() : now;
        int before = recurrences.count(a.scopeKind(), a.scopeCode(), a.rootCause(), pivot.minus(window), pivot);
        if (a.implementedAt() == null) {
            return Effect.of(before, days(window), null, null);
        }
        Instant end = now.isAfter(pivot.plus(window)) ? pivot.plus(window) : now;
        int after = recurrences.count(a.scopeKind(), a.scopeCode(), a.rootCause(), pivot, end);
        return Effect.of(before, days(window), after, days(Duration.between(pivot, end)));
    }

    private static double days(Duration d) {
        return d.toMinutes() / 1440.0;
    }

    @Transactional
    public ImprovementAction accept(long id, Long ownerId, LocalDate due, String plan, CurrentStaff staff) {
        requireRole(staff);
        if (ownerId == null) {
            throw DomainException.invalid("ownerId", "validation.NotNull", "ownerId");
        }
        StaffMember owner = org.staff(ownerId).orElse(null);
        String ownerPath = owner == null ? null : org.unit(owner.unitId()).path();
        return change(id, staff, null, a -> a.accept(owner, ownerPath, due, plan, staff, clock.instant(), today()));
    }

    @Transactional
    public ImprovementAction implement(long id, String evidence, CurrentStaff staff) {
        return change(id, staff, evidence, a -> a.implement(evidence, staff, clock.instant()));
    }

    @Transactional
    public ImprovementAction verify(long id, String note, CurrentStaff staff) {
        requireRole(staff);
        return change(id, staff, blankToNull(note), a -> a.verify(staff, clock.instant()));
    }

    @Transactional
    public ImprovementAction reject(long id, String note, CurrentStaff staff) {
        requireRole(staff);
        return change(id, staff, note, a -> a.reject(note, staff, clock.instant()));
    }

    private static void requireRole(CurrentStaff staff) {
        if (!staff.hasAny(MAY_DECIDE)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }

    private ImprovementAction change(long id, CurrentStaff staff, String note,
            Function<ImprovementAction, ImprovementActionMoved> transition) {
        ImprovementAction action = store.find(id, staff.scopePath(), true)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.IMPROVEMENT_ACTION_NOT_FOUND, id));
        ImprovementActionMoved moved = transition.apply(action);
        store.save(action, moved, staff.fullName(), blankToNull(note));
        events.publishEvent(moved);
        return action;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
