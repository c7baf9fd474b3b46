package com.griddesk.outage.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.TeamKind;
import com.griddesk.outage.GridTopology;
import com.griddesk.outage.GridTopology.GridPlace;
import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageLevel;
import com.griddesk.outage.OutageSettings;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderReminded;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;
import com.griddesk.workorder.WorkOrderStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Groups fault calls under outage events as they arrive. It runs in the transaction that created
 * the order, just before it commits (after the order's clocks exist), so an order never exists
 * without its grouping decision. Calls on one feeder are grouped one at a time under a PostgreSQL
 * advisory lock on the feeder, held to the commit: with several GridDesk instances and hundreds of
 * calls at once, no event is created twice and no call is left out.
 *
 * <ol>
 * <li>an active event already cuts the premise off: the call joins it, no new crew;</li>
 * <li>an unconfirmed fault group on the same feeder heard a call within the grouping window: the
 * call joins it, and if it comes from another transformer area the group widens to the feeder (the
 * lowest level covering both);</li>
 * <li>otherwise, once calls of {@code group-after-calls} customers (2 by default) came from the
 * feeder within the window, they open a suspected outage of their area (or of the feeder, when
 * they come from several areas), and one crew goes; a lone call stays an order of its own, waiting
 * for company.</li>
 * </ol>
 * A call from an area restored shortly before is flagged "still out" on its way.
 */
@Component
class FaultCallGrouping {

    private static final Logger log = LoggerFactory.getLogger(FaultCallGrouping.class);
    static final String OUTAGE_QUESTION = "CONSULTATION.OUTAGE_INFO";

    private final CustomerDirectory customers;
    private final GridTopology topology;
    private final JdbcOutageRepository events;
    private final AffectedCustomers affected;
    private final OutageCalls calls;
    private final CrewDesk crews;
    private final Places places;
    private final WorkOrderRepository orders;
    private final FeederLocks locks;
    private final OutageSettings settings;
    private final Clock clock;

    FaultCallGrouping(CustomerDirectory customers, GridTopology topology, JdbcOutageRepository events,
            AffectedCustomers affected, OutageCalls calls, CrewDesk crews, Places places, WorkOrderRepository orders,
            FeederLocks locks, OutageSettings settings, Clock clock) {
        this.customers = customers;
        this.topology = topology;
        this.events = events;
        this.affected = affected;
        this.calls = calls;
        this.crews = crews;
        this.places = places;
        this.orders = orders;
        this.locks = locks;
        this.settings = settings;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    @org.springframework.core.annotation.Order(com.griddesk.shared.db.CommitOrder.WORK)
    void on(WorkOrderCreated created) {
        boolean fault = settings.grouped(created.typeCode(), created.categoryCode());
        boolean question = OUTAGE_QUESTION.equals(created.categoryCode());
        // grouped as they arrive: an order replayed or imported with an old date is no new call
        boolean live = !created.at().isBefore(clock.instant().minus(settings.groupingWindow()));
        if (created.customerId() == null || !(fault || question) || !live) {
            return;
        }
        Optional<WorkOrderSnapshot> order = orders.find(created.number()).map(WorkOrder::snapshot)
                .filter(o -> question || o.status() == WorkOrderStatus.NEW);
        Optional<Customer> customer = order.flatMap(o -> customers.byId(created.customerId()));
        if (customer.isEmpty() || order.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Optional<GridPlace> place = topology.placeOf(customer.get());
        String area = place.map(p -> p.area().code()).orElse(null);
        if (question) {
            informed(order.get(), area, created.at());
        }
        else {
            group(order.get(), area, place, created.at());
        }
        if (place.isPresent() && log.isDebugEnabled()) {
            // the storm benchmark reads these lines (lock wait included)
            log.debug("Fault call {} grouped in {} us", created.number(), (System.nanoTime() - started) / 1000);
        }
    }

    /** A repeat call about an attached order is one more call about its event. */
    @EventListener
    void on(WorkOrderReminded reminded) {
        calls.reminded(reminded.orderId());
    }

    /**
     * Most calls of a storm come once the outage is known: they join it in parallel, holding the
     * event only in share mode (a restoration or a split, which lock it exclusively, wait for them
     * and they for it). Only a call that finds nothing takes the feeder's lock, looks again, and
     * decides. A call that finds the lock taken never queues for it: it waits for the lock to be
     * released and looks again. One that queued would keep the lock to its own commit even when it
     * only joined, and the calls queued behind it would go one commit after another.
     */
    private void group(WorkOrderSnapshot order, String area, Optional<GridPlace> place, Instant now) {
        if (joined(order, area, now) || place.isEmpty()) {
            return;
        }
        String feeder = place.get().feeder().code();
        while (!locks.tryLock(feeder)) {
            locks.awaitRelease(feeder);
            if (joined(order, area, now)) {
                return;
            }
        }
        if (!joined(order, area, now)) {
            decide(order, area, place.get(), now);
        }
    }

    private boolean joined(WorkOrderSnapshot order, String area, Instant now) {
        Optional<OutageEvent> covering = preferred(events.activeCoveringForShare(area, order.customerId()));
        covering.ifPresent(event -> crews.attach(event, order, area, Actor.SYSTEM, now));
        return covering.isPresent();
    }

    private void decide(WorkOrderSnapshot order, String area, GridPlace place, Instant now) {
        events.restoredCovering(area, order.customerId(), now.minus(settings.stillOutWindow()))
                .ifPresent(restored -> stillOut(restored, order, now));
        String feeder = place.feeder().code();
        Optional<OutageEvent> suspect = events.suspectOnFeederForUpdate(feeder, now.minus(settings.groupingWindow()));
        if (suspect.isPresent()) {
            OutageEvent group = suspect.get();
            boolean widen = group.level() == OutageLevel.AREA && !group.scope().contains(area);
            if (widen) {
                group.widenToFeeder(places.areasOf(feeder), Actor.SYSTEM, now);
            }
            attach(group, order, area, now);
            if (widen) {
                affected.derive(group.id(), group.scope());
                log.info("Outage {} widened to feeder {} by a call from area {}", group.number(), feeder, area);
            }
            return;
        }
        List<OutageCalls.Loose> loose = calls.looseOnFeeder(feeder, now.minus(settings.groupingWindow())).stream()
                .filter(l -> l.customerId() != order.customerId()).toList();
        if (loose.size() + 1 < settings.groupAfterCalls()) {
            calls.loose(order.id(), order.number(), order.customerId(), feeder, area, now);
            return;
        }
        group(order, area, place, loose, now);
    }

    /**
     * Enough customers called: their calls form a suspected outage at the lowest level covering
     * them (their area, or the feeder), with one crew — the team already on the way to one of
     * them, else the station's repair crew.
     */
    private void group(WorkOrderSnapshot order, String area, GridPlace place, List<OutageCalls.Loose> loose, Instant now) {
        boolean oneArea = loose.stream().allMatch(l -> l.areaCode().equals(area));
        List<WorkOrderSnapshot> earlier = loose.stream().map(l -> orders.find(l.orderNumber()).map(WorkOrder::snapshot))
                .flatMap(Optional::stream).filter(o -> o.status().isOpen()).toList();
        Instant first = loose.stream().map(OutageCalls.Loose::calledAt).min(Instant::compareTo).orElse(now);
        OutageEvent opened = OutageEvent.suspectFault(events.nextNumber(now),
                oneArea ? places.area(place) : places.feeder(place), first, Actor.SYSTEM, now);
        Assignment crew = earlier.stream().filter(o -> o.status() != WorkOrderStatus.NEW && o.status() != WorkOrderStatus.RETURNED)
                .findFirst().map(o -> new Assignment(o.unitId(), o.unitPath(), o.assigneeId()))
                .orElseGet(() -> crews.teamOf(place.area().stationId(), TeamKind.REPAIR));
        opened.dispatchCrew(crew, Actor.SYSTEM, now);
        events.save(opened);
        affected.derive(opened.id(), opened.scope());
        for (WorkOrderSnapshot o : earlier) {
            String from = loose.stream().filter(l -> l.orderId() == o.id()).findFirst().map(OutageCalls.Loose::areaCode)
                    .orElse(area);
            crews.attach(opened, o, from, Actor.SYSTEM, now);
        }
        calls.grouped(loose.stream().map(OutageCalls.Loose::orderId).toList());
        attach(opened, order, area, now);
        log.info("Outage {} suspected at {} level from {} calls", opened.number(), opened.level(), earlier.size() + 1);
    }

    /** Attaches to an event this transaction holds exclusively, and notes the call on it. */
    private void attach(OutageEvent event, WorkOrderSnapshot order, String area, Instant now) {
        crews.attach(event, order, area, Actor.SYSTEM, now);
        event.callArrived(now);
        events.save(event);
    }

    /** Arrears first (the caller's own), then faults, then planned work; the earliest of a kind. */
    private static Optional<OutageEvent> preferred(List<OutageEvent> candidates) {
        return candidates.stream().min(Comparator.comparingInt((OutageEvent e) -> switch (e.kind()) {
            case ARREARS -> 0;
            case FAULT -> 1;
            default -> 2;
        }));
    }

    private void stillOut(OutageEvent restored, WorkOrderSnapshot order, Instant now) {
        calls.stillOut(order.id(), order.number(), restored.id(), now);
        orders.appendTimeline(order.id(), new TimelineEntry(now, Actor.SYSTEM.staffId(), Actor.SYSTEM.name(),
                "OUTAGE_STILL_OUT", null, null, restored.number(), Map.of("outage", restored.number())));
        OutageEvent locked = events.findForUpdate(restored.number()).orElseThrow();
        locked.note("STILL_OUT_REPORTED", order.number(), Map.of("order", order.number()), Actor.SYSTEM, now);
        events.save(locked);
    }

    /** A question about the outage, answered from the event's information (on the call, if it was closed at once). */
    private void informed(WorkOrderSnapshot order, String area, Instant now) {
        List<OutageEvent> relevant = events.relevantTo(area, order.customerId(), now.minus(settings.stillOutWindow()));
        Optional<OutageEvent> about = relevant.stream().filter(e -> e.state().isOpen()).findFirst()
                .or(() -> relevant.stream().reduce((a, b) -> b));
        about.ifPresent(event -> crews.informed(event, order, area,
                order.status() == WorkOrderStatus.CLOSED && order.firstContactResolution(), now));
    }
}
