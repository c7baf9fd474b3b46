package com.griddesk.outage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.org.TeamKind;
import com.griddesk.outage.internal.AffectedCustomers;
import com.griddesk.outage.internal.CrewDesk;
import com.griddesk.outage.internal.FeederLocks;
import com.griddesk.outage.internal.JdbcNotices;
import com.griddesk.outage.internal.JdbcOutageRepository;
import com.griddesk.outage.internal.NoticeDraft;
import com.griddesk.outage.internal.OutageCalls;
import com.griddesk.outage.internal.OutageRestoration;
import com.griddesk.outage.internal.Places;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCause;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderRepository;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What dispatchers, station staff and crews do with outage events. Each use case runs in one
 * transaction, within the caller's data scope (a station sees its own events) and role.
 */
@Service
public class OutageEvents {

    static final Set<Role> PLANNERS = Set.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
    static final Set<Role> DISPATCHERS = Set.of(Role.DISPATCHER, Role.SUPERVISOR);
    static final Set<Role> CREWS = Set.of(Role.DISPATCHER, Role.SUPERVISOR, Role.FIELD_CREW);
    static final Set<Role> AGENTS = Set.of(Role.AGENT, Role.DISPATCHER, Role.SUPERVISOR);
    private static final String FAULT_REPAIR = "FAULT_REPAIR";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** A planned or temporary outage to publish. */
    public record Announcement(OutageKind kind, String feederCode, List<String> areaCodes, String cause,
            Instant plannedStart, Instant plannedEnd, String lateNoticeReason) {
    }

    /** A fault the dispatcher knows of before (or without) calls. */
    public record FaultReport(String feederCode, List<String> areaCodes, String cause, Instant ert) {
    }

    private final JdbcOutageRepository events;
    private final AffectedCustomers affected;
    private final OutageCalls calls;
    private final CrewDesk crews;
    private final Places places;
    private final OutageRestoration restoration;
    private final JdbcNotices notices;
    private final CustomerDirectory customers;
    private final WorkOrderQueries orders;
    private final RootCauses rootCauses;
    private final WorkOrderRepository orderTimeline;
    private final MessageSource messages;
    private final OutageSettings settings;
    private final FeederLocks locks;
    private final OrgDirectory org;
    private final Clock clock;

    OutageEvents(JdbcOutageRepository events, AffectedCustomers affected, OutageCalls calls, CrewDesk crews,
            Places places, OutageRestoration restoration, JdbcNotices notices, CustomerDirectory customers,
            WorkOrderQueries orders, RootCauses rootCauses, WorkOrderRepository orderTimeline, MessageSource messages, OutageSettings settings,
            FeederLocks locks, OrgDirectory org, Clock clock) {
        this.events = events;
        this.affected = affected;
        this.calls = calls;
        this.crews = crews;
        this.places = places;
        this.restoration = restoration;
        this.notices = notices;
        this.customers = customers;
        this.orders = orders;
        this.rootCauses = rootCauses;
        this.orderTimeline = orderTimeline;
        this.messages = messages;
        this.settings = settings;
        this.locks = locks;
        this.org = org;
        this.clock = clock;
    }

    /** Publishes a planned or temporary outage and tells each customer it will cut off. */
    @Transactional
    public OutageEvent announce(Announcement a, CurrentStaff staff) {
        allow(staff, PLANNERS);
        if (a.kind() == null) {
            throw DomainException.invalid("kind", "validation.NotNull", "kind");
        }
        GridScope where = inScope(places.named(a.feederCode(), a.areaCodes()), staff);
        Instant now = clock.instant();
        OutageEvent event = OutageEvent.announce(events.nextNumber(now), a.kind(), where, a.cause(), a.plannedStart(),
                a.plannedEnd(), a.lateNoticeReason(), a.kind().requiredNotice(settings), staff.actor(), now);
        event.dispatchCrew(crews.teamOf(where.stationId(), TeamKind.REPAIR), staff.actor(), now);
        events.save(event);
        List<Customer> cut = customers.inTransformerAreas(event.scope());
        affected.derive(event.id(), event.scope());
        String text = messages.getMessage("outage.notice.planned", new Object[] { event.cause(),
            WHEN.format(a.plannedStart()), WHEN.format(a.plannedEnd()), event.number() }, Locale.SIMPLIFIED_CHINESE);
        int told = 0;
        for (Customer c : cut) {
            if (c.phone() != null && notices.request(new NoticeDraft(NoticePurpose.PLANNED_OUTAGE, NoticeChannel.SMS,
                    event.id(), null, where.unitPath(), c.id(), c.accountNumber(), c.name(), c.phone(), text,
                    java.util.Map.of("outageWindow", WHEN.format(a.plannedStart()) + "–" + WHEN.format(a.plannedEnd()),
                            "area", c.transformerAreaName() == null ? where.feederCode() : c.transformerAreaName(),
                            "reason", event.cause()), staff.id())).isPresent()) {
                told++;
            }
        }
        event.note("CUSTOMERS_NOTIFIED", null, java.util.Map.of("customers", told), staff.actor(), now);
        events.save(event);
        return event;
    }

    @Transactional
    public OutageEvent reportFault(FaultReport r, CurrentStaff staff) {
        allow(staff, DISPATCHERS);
        GridScope where = inScope(places.named(r.feederCode(), r.areaCodes()), staff);
        locks.lock(where.feederCode());
        Instant now = clock.instant();
        OutageEvent event = OutageEvent.reportFault(events.nextNumber(now), where, r.cause(), r.ert(), staff.actor(), now);
        event.dispatchCrew(crews.teamOf(where.stationId(), TeamKind.REPAIR), staff.actor(), now);
        try {
            events.save(event);
        }
        catch (org.springframework.dao.DuplicateKeyException ex) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, where.feederCode(), "report", "ACTIVE");
        }
        affected.derive(event.id(), event.scope());
        return event;
    }

    @Transactional
    public OutageEvent start(String number, CurrentStaff staff) {
        return change(number, staff, PLANNERS, e -> e.start(staff.actor(), clock.instant()));
    }

    @Transactional
    public OutageEvent cancel(String number, String reason, CurrentStaff staff) {
        return change(number, staff, PLANNERS, e -> e.cancel(reason, staff.actor(), clock.instant()));
    }

    @Transactional
    public OutageEvent confirm(String number, String cause, Instant ert, CurrentStaff staff) {
        return change(number, staff, DISPATCHERS, e -> e.confirm(cause, ert, staff.actor(), clock.instant()));
    }

    @Transactional
    public OutageEvent estimate(String number, Instant ert, CurrentStaff staff) {
        return change(number, staff, CREWS, e -> e.estimateRestoration(ert, staff.actor(), clock.instant()));
    }

    @Transactional
    public OutageEvent dispatchCrew(String number, String unitCode, Long assigneeId, CurrentStaff staff) {
        return change(number, staff, DISPATCHERS,
                e -> e.dispatchCrew(crews.named(e, unitCode, assigneeId), staff.actor(), clock.instant()));
    }

    /**
     * The event's crew is on site: the ARRIVE clocks of every fault call attached to it stop now (one
     * crew on site answers all of them); calls attached later stop as they join.
     */
    @Transactional
    public OutageEvent crewArrived(String number, String note, CurrentStaff staff) {
        OutageEvent event = locked(number, staff, CREWS);
        Instant now = clock.instant();
        crews.arrived(event, now, note, staff.actor(), now);
        events.save(event);
        return event;
    }

    /** Power is back: resolves every attached call and notifies each caller. */
    @Transactional
    public OutageRestored restore(String number, String note, String rootCause, Responsibility responsibility,
            CurrentStaff staff) {
        OutageEvent event = locked(number, staff, CREWS);
        if (event.state() != OutageState.ACTIVE) {
            throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, "restore", event.state());
        }
        RootCause cause = rootCause(event, rootCause);
        Responsibility responsible = responsibility != null ? responsibility
                : cause.defaultResponsibility() != null ? cause.defaultResponsibility() : Responsibility.COMPANY;
        return restoration.restore(event, note, cause.code(), responsible, staff.actor(), clock.instant());
    }

    /**
     * The root cause the attached fault orders are resolved with: named by the crew for a fault,
     * known for arrears and planned work.
     */
    private RootCause rootCause(OutageEvent event, String code) {
        String chosen = code != null && !code.isBlank() ? code.strip() : switch (event.kind()) {
            case ARREARS -> "CUSTOMER_ARREARS";
            case PLANNED, TEMPORARY -> "OTHER";
            case FAULT -> throw DomainException.invalid("rootCause", "validation.NotBlank", "rootCause");
        };
        return rootCauses.find(chosen).filter(c -> c.offeredFor(FAULT_REPAIR))
                .orElseThrow(() -> DomainException.invalid("rootCause", "validation.rootCauseNotForType", chosen,
                        FAULT_REPAIR));
    }

    /** Not one outage after all: the calls go back to being orders of their own (they keep the crew's team). */
    @Transactional
    public OutageEvent dissolve(String number, String reason, CurrentStaff staff) {
        OutageEvent event = locked(number, staff, DISPATCHERS);
        Instant now = clock.instant();
        event.dissolve(reason, staff.actor(), now);
        events.save(event);
        for (OutageCalls.Call call : calls.release(event.id())) {
            orderTimeline.appendTimeline(call.orderId(), new TimelineEntry(now, staff.id(), staff.fullName(),
                    "OUTAGE_DETACHED", null, null, reason, java.util.Map.of("outage", event.number())));
        }
        return event;
    }

    /**
     * Splits the given areas off a fault group into an event of their own, with its own crew; their
     * calls move with them.
     */
    @Transactional
    public OutageEvent split(String number, List<String> areaCodes, CurrentStaff staff) {
        OutageEvent event = locked(number, staff, DISPATCHERS);
        Instant now = clock.instant();
        Set<String> areas = new TreeSet<>(areaCodes == null ? List.of() : areaCodes.stream().map(String::strip).toList());
        String partNumber = events.nextNumber(now);
        GridScope part = event.splitOff(areas, partNumber, staff.actor(), now);
        OutageEvent split = OutageEvent.splitFrom(event, partNumber, part, staff.actor(), now);
        split.dispatchCrew(crews.teamOf(part.stationId(), TeamKind.REPAIR), staff.actor(), now);
        events.save(event);
        events.save(split);
        affected.derive(event.id(), event.scope());
        affected.derive(split.id(), split.scope());
        for (OutageCalls.Call call : calls.moveAreas(event.id(), areas, split.id())) {
            orderTimeline.appendTimeline(call.orderId(), new TimelineEntry(now, staff.id(), staff.fullName(),
                    "OUTAGE_MOVED", null, null, split.number(), java.util.Map.of("from", event.number(),
                            "to", split.number())));
        }
        return split;
    }

    /** The agent attaches the caller's fault order to the event the console showed, instead of sending a crew. */
    @Transactional
    public OutageEvent attachCall(String number, String orderNumber, CurrentStaff staff) {
        OutageEvent event = locked(number, staff, AGENTS);
        WorkOrder order = orders.get(orderNumber, staff);
        if (calls.ofOrder(order.id()).isEmpty()) {
            Customer customer = order.snapshot().customerId() == null ? null
                    : customers.byId(order.snapshot().customerId()).orElse(null);
            if (event.state() != OutageState.ACTIVE) {
                throw new DomainException(ProblemCode.OUTAGE_ILLEGAL_TRANSITION, number, "attach", event.state());
            }
            crews.attach(event, order.snapshot(), customer == null ? null : customer.transformerArea(), staff.actor(),
                    clock.instant());
            events.save(event);
        }
        return event;
    }

    private OutageEvent change(String number, CurrentStaff staff, Set<Role> roles, java.util.function.Consumer<OutageEvent> transition) {
        OutageEvent event = locked(number, staff, roles);
        transition.accept(event);
        events.save(event);
        return event;
    }

    /**
     * The event, locked, after its feeder's lock: the order in which fault-call grouping takes them,
     * so that the two never wait on each other.
     */
    private OutageEvent locked(String number, CurrentStaff staff, Set<Role> roles) {
        OutageEvent seen = events.find(number).filter(e -> OutageVisibility.visible(e.snapshot(), staff, org))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.OUTAGE_NOT_FOUND, number));
        allow(staff, roles);
        locks.lock(seen.snapshot().feederCode());
        return events.findForUpdate(number).orElseThrow();
    }

    private static void allow(CurrentStaff staff, Set<Role> roles) {
        if (!staff.hasAny(roles)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
    }

    private static GridScope inScope(GridScope where, CurrentStaff staff) {
        if (!staff.sees(where.unitPath())) {
            throw DomainException.invalid("feederCode", "outage.validation.feederOutOfScope", where.feederCode());
        }
        return where;
    }
}
