package com.griddesk.improvement.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.improvement.ImprovementActionProposed;
import com.griddesk.improvement.ImprovementSettings;
import com.griddesk.improvement.ScopeKind;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderResolved;
import com.griddesk.workorder.WorkOrderResolvedByRestoration;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * On each resolve, records the order's root cause in its transformer area, feeder (from the customer
 * module) and supply station, attaches it to an open action of the same cause there, or proposes one
 * once the cause recurs beyond the scope's threshold within the window.
 */
@Component
public class RecurrenceDetector {

    private final WorkOrderRepository orders;
    private final CustomerDirectory customers;
    private final OrgDirectory org;
    private final Recurrences recurrences;
    private final ImprovementSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecurrenceDetector(WorkOrderRepository orders, CustomerDirectory customers, OrgDirectory org, Recurrences recurrences,
            ImprovementSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.org = org;
        this.recurrences = recurrences;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    record Scope(ScopeKind kind, String code, String name) {
    }

    @ApplicationModuleListener
    void on(WorkOrderResolved resolved) {
        detect(resolved.number(), resolved.at());
    }

    @ApplicationModuleListener
    void on(WorkOrderResolvedByRestoration resolved) {
        detect(resolved.number(), resolved.at());
    }

    /** Runs in the listener's transaction; public for the tests that drive it from several threads. */
    public void detect(String number, Instant resolvedAt) {
        orders.find(number).ifPresent(o -> detect(o.snapshot(), resolvedAt));
    }

    void detect(WorkOrderSnapshot order, Instant resolvedAt) {
        if (order.rootCause() == null || settings.ignoredRootCauses().contains(order.rootCause())
                || order.responsibility() != null && settings.ignoredResponsibilities().contains(order.responsibility().name())) {
            return;
        }
        String number = order.number();
        Customer customer = order.customerId() == null ? null : customers.byId(order.customerId()).orElse(null);
        OrgUnit unit = org.unit(order.stationId() != null ? order.stationId() : order.unitId());
        String cause = order.rootCause();
        recurrences.record(order.id(), number, cause, resolvedAt, unit.id(), unit.path(),
                customer == null ? null : customer.transformerArea(), customer == null ? null : customer.feeder());
        Instant now = clock.instant();
        for (Scope scope : scopes(customer, unit)) {
            recurrences.lock(scope.kind(), scope.code(), cause);
            var open = recurrences.openAction(scope.kind(), scope.code(), cause);
            if (open.isPresent()) {
                recurrences.attach(open.get(), order.id(), number, resolvedAt);
                break;
            }
            Instant from = recurrences.countingFrom(scope.kind(), scope.code(), cause, now.minus(settings.window()));
            int count = recurrences.count(scope.kind(), scope.code(), cause, from, now.plusSeconds(1));
            if (count >= settings.threshold(scope.kind())) {
                long id = recurrences.propose(scope.kind(), scope.code(), scope.name(), cause, unit.id(), unit.path(), from,
                        now, count);
                events.publishEvent(new ImprovementActionProposed(id, scope.kind(), scope.code(), cause, unit.path(), count, now));
                break;
            }
            // the narrowest scope that already answers for this order is enough: one problem, one action
        }
    }

    private static List<Scope> scopes(Customer customer, OrgUnit unit) {
        List<Scope> scopes = new ArrayList<>();
        if (customer != null && customer.transformerArea() != null) {
            scopes.add(new Scope(ScopeKind.TRANSFORMER_AREA, customer.transformerArea(), customer.transformerAreaName()));
        }
        if (customer != null && customer.feeder() != null) {
            scopes.add(new Scope(ScopeKind.FEEDER, customer.feeder(), customer.feederName()));
        }
        scopes.add(new Scope(ScopeKind.UNIT, String.valueOf(unit.id()), unit.nameZh()));
        return scopes;
    }
}
