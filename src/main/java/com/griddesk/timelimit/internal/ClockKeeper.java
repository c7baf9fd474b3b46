package com.griddesk.timelimit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.ClockStopped;
import com.griddesk.timelimit.OrderProfile;
import com.griddesk.timelimit.RuleSet;
import com.griddesk.timelimit.TimeLimitRules;
import com.griddesk.timelimit.TimeRule;
import com.griddesk.workorder.CoordinatorAssigned;
import com.griddesk.workorder.WorkOrderAccepted;
import com.griddesk.workorder.WorkOrderCancelled;
import com.griddesk.workorder.WorkOrderCheckedIn;
import com.griddesk.workorder.WorkOrderClosed;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderCustomerContacted;
import com.griddesk.workorder.WorkOrderDispatched;
import com.griddesk.workorder.WorkOrderEvent;
import com.griddesk.workorder.WorkOrderLinked;
import com.griddesk.workorder.WorkOrderMerged;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderReopened;
import com.griddesk.workorder.WorkOrderResolved;
import com.griddesk.workorder.WorkOrderResolvedByRestoration;
import com.griddesk.workorder.WorkOrderReturned;
import com.griddesk.workorder.WorkOrderReworked;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts and stops each order's clocks as the order moves. It listens in the transaction that
 * changed the order, so an order never exists without its clocks, nor a clock without its order.
 */
@Component
class ClockKeeper {

    private final ClockStore clocks;
    private final OrderProfiles profiles;
    private final TimeLimitRules rules;
    private final ClockMathFactory math;
    private final OrgDirectory org;
    private final CustomerDirectory customers;
    private final WorkOrderRepository orders;
    private final ApplicationEventPublisher events;

    ClockKeeper(ClockStore clocks, OrderProfiles profiles, TimeLimitRules rules, ClockMathFactory math,
            OrgDirectory org, CustomerDirectory customers, WorkOrderRepository orders, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.profiles = profiles;
        this.rules = rules;
        this.math = math;
        this.org = org;
        this.customers = customers;
        this.orders = orders;
        this.events = events;
    }

    @EventListener
    void on(WorkOrderEvent event) {
        if (event instanceof WorkOrderCreated e) {
            opened(e);
        }
        else if (event instanceof WorkOrderDispatched e) {
            stop(e.orderId(), e.at(), ClockName.DISPATCH);
            refreshParties(e);
            startIfRuled(e.orderId(), e.number(), ClockName.ACCEPT, e.at());
        }
        else if (event instanceof WorkOrderAccepted e) {
            stop(e.orderId(), e.at(), ClockName.ACCEPT);
            refreshParties(e);
        }
        else if (event instanceof WorkOrderCustomerContacted e) {
            stop(e.orderId(), e.at(), ClockName.CONTACT);
        }
        else if (event instanceof WorkOrderCheckedIn e) {
            stop(e.orderId(), e.at(), ClockName.ARRIVE);
            startIfRuled(e.orderId(), e.number(), ClockName.RESTORE, e.at());
        }
        else if (event instanceof WorkOrderResolved || event instanceof WorkOrderResolvedByRestoration) {
            stop(event.orderId(), event.at(), ClockName.DISPATCH, ClockName.ACCEPT, ClockName.CONTACT, ClockName.ARRIVE,
                    ClockName.RESTORE, ClockName.REPLY, ClockName.SUPERVISION);
            startIfRuled(event.orderId(), event.number(), ClockName.CALLBACK, event.at());
        }
        else if (event instanceof WorkOrderClosed e) {
            stop(e.orderId(), e.at(), ClockName.values());
        }
        else if (event instanceof WorkOrderCancelled || event instanceof WorkOrderMerged) {
            cancelAll(event.orderId(), event.at());
        }
        else if (event instanceof WorkOrderReopened || event instanceof WorkOrderReworked) {
            newRound(event);
        }
        else if (event instanceof WorkOrderReturned || event instanceof CoordinatorAssigned) {
            refreshParties(event);
        }
        else if (event instanceof WorkOrderLinked e) {
            linked(e);
        }
    }

    private void opened(WorkOrderCreated e) {
        OrgUnit owner = org.unit(e.unitId());
        String region = org.stationOf(owner.id()).orElse(owner).regionClass().name();
        String customerClass = Optional.ofNullable(e.customerId()).flatMap(customers::byId)
                .map(c -> c.customerClass().name()).orElse("RESIDENTIAL");
        OrderProfile profile = new OrderProfile(e.categoryCode() != null ? e.categoryCode() : e.typeCode(),
                e.channel().name(), region, customerClass);
        RuleSet ruleSet = rules.inForce(e.at());
        profiles.save(e.orderId(), e.number(), profile, ruleSet.version());
        Map<ClockName, TimeRule> ruled = ruleSet.clocksFor(profile);
        ClockMath m = math.current();
        List<ClockRow> started = new ArrayList<>();
        for (ClockName name : List.of(ClockName.DISPATCH, ClockName.CONTACT, ClockName.ARRIVE, ClockName.REPLY)) {
            TimeRule rule = ruled.get(name);
            if (rule != null) {
                started.add(m.start(e.orderId(), e.number(), name, ruleSet.version(), rule.amount(), rule.unit(),
                        e.at(), owner.path(), null, null, null, 1));
            }
        }
        clocks.insertAll(started, e.actorId());
    }

    /**
     * The order is worked again after its callback (rework) or a reopening: the open callback is
     * cancelled and a new round begins, in which the reply clock runs again from now and a new
     * callback clock starts when it is resolved again. The old round keeps its clocks and warnings.
     */
    private void newRound(WorkOrderEvent e) {
        cancel(e.orderId(), e.at(), ClockName.CALLBACK);
        refreshParties(e);
        if (profiles.of(e.orderId()).isPresent()) {
            profiles.nextRound(e.orderId());
            startIfRuled(e.orderId(), e.number(), ClockName.REPLY, e.at());
        }
    }

    /** Later clocks follow the rule set the order was opened under, not the one in force now; one of a kind per round. */
    private void startIfRuled(long orderId, String number, ClockName name, Instant at) {
        Optional<OrderProfiles.Stored> stored = profiles.of(orderId);
        if (stored.isEmpty() || clocks.ofOrder(orderId).stream()
                .anyMatch(c -> c.name() == name && c.round() == stored.get().round())) {
            return;
        }
        RuleSet ruleSet = rules.version(stored.get().ruleSetVersion()).orElseGet(() -> rules.inForce(at));
        TimeRule rule = ruleSet.clocksFor(stored.get().profile()).get(name);
        if (rule == null) {
            return;
        }
        WorkOrderSnapshot order = orders.find(number).map(o -> o.snapshot()).orElseThrow();
        clocks.insert(math.current().start(orderId, number, name, ruleSet.version(), rule.amount(), rule.unit(), at,
                order.unitPath(), order.assigneeId(), order.coordinatorId(), order.caseFamily(), stored.get().round()), null);
    }

    private void stop(long orderId, Instant at, ClockName... names) {
        ClockMath m = math.current();
        for (ClockRow c : clocks.openOfOrderForUpdate(orderId)) {
            if (List.of(names).contains(c.name())) {
                ClockRow running = c.state() == ClockRow.Stored.PAUSED ? m.resume(c, at) : c;
                ClockRow stopped = m.stop(running, at);
                clocks.update(stopped);
                events.publishEvent(new ClockStopped(orderId, stopped.orderNumber(), stopped.name(), stopped.deadline(), at));
            }
        }
    }

    private void cancel(long orderId, Instant at, ClockName name) {
        ClockMath m = math.current();
        clocks.openOfOrderForUpdate(orderId).stream().filter(c -> c.name() == name)
                .forEach(c -> clocks.update(m.cancel(c, at)));
    }

    private void cancelAll(long orderId, Instant at) {
        ClockMath m = math.current();
        clocks.openOfOrderForUpdate(orderId).forEach(c -> clocks.update(m.cancel(c, at)));
    }

    private void refreshParties(WorkOrderEvent e) {
        orders.find(e.number()).map(o -> o.snapshot())
                .ifPresent(s -> clocks.updateParties(e.orderId(), s.unitPath(), s.assigneeId(), s.coordinatorId()));
    }

    /** The strictest REPLY deadline of the family applies to each member. */
    private void linked(WorkOrderLinked e) {
        ClockMath m = math.current();
        for (ClockRow c : clocks.openOfOrderForUpdate(e.orderId())) {
            clocks.update(c.inFamily(e.family()));
        }
        List<ClockRow> family = clocks.ofFamilyForUpdate(e.family(), ClockName.REPLY);
        family.stream().map(ClockRow::ownDeadline).min(Instant::compareTo).ifPresent(strictest -> family.stream()
                .filter(c -> c.state() == ClockRow.Stored.RUNNING || c.state() == ClockRow.Stored.PAUSED)
                .forEach(c -> clocks.update(m.tighten(c, strictest))));
    }
}
