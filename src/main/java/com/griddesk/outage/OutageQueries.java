package com.griddesk.outage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.outage.internal.AffectedCustomers;
import com.griddesk.outage.internal.JdbcOutageRepository;
import com.griddesk.outage.internal.OutageCalls;
import com.griddesk.outage.internal.OutageWarnings;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Reads of outage events, always within the caller's data scope. */
@Service
public class OutageQueries {

    private final JdbcOutageRepository events;
    private final AffectedCustomers affected;
    private final OutageCalls calls;
    private final OutageWarnings warnings;
    private final GridTopology topology;
    private final OrgDirectory org;
    private final OutageSettings settings;
    private final Clock clock;

    OutageQueries(JdbcOutageRepository events, AffectedCustomers affected, OutageCalls calls, OutageWarnings warnings,
            GridTopology topology, OrgDirectory org, OutageSettings settings, Clock clock) {
        this.events = events;
        this.affected = affected;
        this.calls = calls;
        this.warnings = warnings;
        this.topology = topology;
        this.org = org;
        this.settings = settings;
        this.clock = clock;
    }

    /** One attached call (fault order or answered question), as lists show it. */
    public record CallLine(String orderNumber, String role, String areaCode, boolean answered, int reminders,
            Instant attachedAt) {
    }

    public record AffectedLine(String accountNumber, String areaCode, boolean important, boolean medical) {
    }

    /** The event or an outage-not-found problem (also when it is out of the caller's scope). */
    public OutageEvent get(String number, CurrentStaff staff) {
        return events.find(number).filter(e -> OutageVisibility.visible(e.snapshot(), staff, org))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.OUTAGE_NOT_FOUND, number));
    }

    public OutageView view(String number, CurrentStaff staff) {
        return view(get(number, staff));
    }

    public List<OutageView> list(CurrentStaff staff, Set<OutageState> states, int limit) {
        Set<OutageState> wanted = states == null || states.isEmpty() ? EnumSet.allOf(OutageState.class) : states;
        List<Long> units = org.subtree(staff.unitId()).stream().map(OrgUnit::id).toList();
        return events.list(staff.scopePath(), units, wanted, Math.min(Math.max(limit, 1), 500)).stream()
                .map(s -> view(new OutageEvent(s, events.scopeOf(s.id())))).toList();
    }

    /**
     * What an agent must say first about this caller's premise: the outages that cut it off now or
     * are announced for it, and those restored within the still-out window.
     */
    public List<OutageView> relevantTo(Customer customer, CurrentStaff staff) {
        return relevant(customer, staff).stream().map(this::view).toList();
    }

    /** The same events as stored, without their figures: cheap enough for every intake. */
    public List<OutageSnapshot> relevantSnapshots(Customer customer, CurrentStaff staff) {
        return relevant(customer, staff).stream().map(OutageEvent::snapshot).toList();
    }

    private List<OutageEvent> relevant(Customer customer, CurrentStaff staff) {
        Instant since = clock.instant().minus(settings.stillOutWindow());
        return events.relevantTo(customer.transformerArea(), customer.id(), since).stream()
                .filter(e -> OutageVisibility.visible(e.snapshot(), staff, org)
                        || staff.sees(org.unit(customer.stationId()).path()))
                .toList();
    }

    public List<OutageTimelineEntry> timeline(String number, CurrentStaff staff) {
        return events.timeline(get(number, staff).id());
    }

    public List<CallLine> calls(String number, CurrentStaff staff, int limit) {
        return calls.ofEvent(get(number, staff).id(), Math.min(Math.max(limit, 1), 5000)).stream()
                .map(c -> new CallLine(c.orderNumber(), c.role().name(), c.areaCode(), c.answered(), c.reminders(),
                        c.attachedAt()))
                .toList();
    }

    public List<AffectedLine> affected(String number, CurrentStaff staff, int page, int size) {
        int limit = Math.min(Math.max(size, 1), 500);
        return affected.page(get(number, staff).id(), Math.max(page, 0) * limit, limit).stream()
                .map(a -> new AffectedLine(a.accountNumber(), a.areaCode(), a.important(), a.medical())).toList();
    }

    /** The event a work order is attached to (or was reported still out after), if the caller sees it. */
    public Optional<OutageView> ofOrder(long orderId, CurrentStaff staff) {
        return calls.ofOrder(orderId).map(OutageCalls.Call::eventId).or(() -> calls.stillOutEventOf(orderId))
                .flatMap(events::findById).filter(e -> OutageVisibility.visible(e.snapshot(), staff, org)).map(this::view);
    }

    public boolean stillOut(long orderId) {
        return calls.stillOutEventOf(orderId).isPresent();
    }

    public List<String> stillOutOrders(String number, CurrentStaff staff) {
        return calls.stillOutOrders(get(number, staff).id());
    }

    private OutageFigures figures(OutageEvent event, OutageCalls.Counts heard) {
        OutageSnapshot s = event.snapshot();
        long customers = affected.count(s.id());
        long minutes = 0;
        if (s.startedAt() != null && s.state() != OutageState.CANCELLED) {
            Instant end = s.restoredAt() != null ? s.restoredAt() : clock.instant();
            minutes = Math.max(0, Duration.between(s.startedAt(), end).toMinutes());
        }
        return new OutageFigures(customers, customers * minutes, heard.faultCalls() + heard.questions() + heard.repeats(),
                heard.faultCalls(), heard.repeats(), heard.questions(), heard.answered(), calls.stillOutOrders(s.id()).size());
    }

    public OutageView view(OutageEvent event) {
        Locale locale = LocaleContextHolder.getLocale();
        OutageSnapshot s = event.snapshot();
        OrgUnit station = org.unit(s.stationId());
        var feeder = s.feederCode() == null ? Optional.<GridTopology.Feeder>empty() : topology.feeder(s.feederCode());
        var area = s.areaCode() == null ? Optional.<GridTopology.TransformerArea>empty() : topology.area(s.areaCode());
        String substationName = s.substationCode() == null ? null
                : topology.substation(s.substationCode()).map(GridTopology.Substation::name).orElse(null);
        OutageView.Crew crew = s.crewUnitId() == null ? null : crew(s, locale);
        Instant announced = s.announcedRestoration();
        boolean overrun = s.state() == OutageState.ACTIVE && announced != null && clock.instant().isAfter(announced);
        OutageCalls.Counts heard = calls.counts(s.id());
        List<OutageView.Warning> raised = warnings.of("OUTAGE", s.id()).stream()
                .map(w -> new OutageView.Warning(w.kind(), w.audience(), w.firedAt())).toList();
        return new OutageView(s.number(), s.kind(), s.state(), s.level(), s.suspected(), station.code(),
                station.name(locale), s.substationCode(), substationName, s.feederCode(),
                feeder.map(GridTopology.Feeder::name).orElse(null), s.areaCode(),
                area.map(GridTopology.TransformerArea::name).orElse(null), List.copyOf(event.scope()), s.cause(),
                s.plannedStart(), s.plannedEnd(), s.ert(), announced, overrun, s.announcedAt(), s.compliant(),
                s.lateNoticeReason(), s.startedAt(), s.restoredAt(), s.cancelledAt(), s.endNote(), s.responsibility(),
                crew, s.firstCallAt(), latest(s.lastCallAt(), heard.lastCall()), s.splitFrom(), figures(event, heard),
                raised, s.version());
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private OutageView.Crew crew(OutageSnapshot s, Locale locale) {
        OrgUnit unit = org.unit(s.crewUnitId());
        String person = s.crewAssigneeId() == null ? null
                : org.staff(s.crewAssigneeId()).map(m -> m.fullName()).orElse(null);
        return new OutageView.Crew(unit.code(), unit.name(locale), s.crewAssigneeId(), person, s.crewDispatchedAt(),
                s.crewArrivedAt());
    }
}
