package com.griddesk.analytics.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;

import com.griddesk.org.OrgDirectory;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.ClockStopped;
import com.griddesk.timelimit.TimeLimitWarningRaised;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.WorkOrderAccepted;
import com.griddesk.workorder.WorkOrderCancelled;
import com.griddesk.workorder.WorkOrderClosed;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderDispatched;
import com.griddesk.workorder.WorkOrderEvent;
import com.griddesk.workorder.WorkOrderMerged;
import com.griddesk.workorder.WorkOrderReminded;
import com.griddesk.workorder.WorkOrderReopened;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderResolved;
import com.griddesk.workorder.WorkOrderResolvedByRestoration;
import com.griddesk.workorder.WorkOrderReturned;
import com.griddesk.workorder.WorkOrderReworked;
import com.griddesk.workorder.WorkOrderStarted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rollups up to date as orders change. It listens in the transaction that changed the
 * order (not after commit): a rollup then never disagrees with the orders it counts, a failed
 * change rolls back its counts with it, and a re-delivered event cannot count twice — the price is
 * a few statements more in each order transaction (measured in bench/analytics).
 */
@Component
class RollupListener {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration REPEAT_WINDOW = Duration.ofDays(30);
    static final String COMPLAINT = "COMPLAINT";

    private final RollupStore store;
    private final PendingRollups pending;
    private final OrgDirectory org;
    private final WorkOrderRepository orders;

    RollupListener(RollupStore store, PendingRollups pending, OrgDirectory org, WorkOrderRepository orders) {
        this.store = store;
        this.pending = pending;
        this.org = org;
        this.orders = orders;
    }

    @EventListener
    @Transactional
    void on(WorkOrderEvent event) {
        if (event instanceof WorkOrderCreated e) {
            created(e);
        }
        else if (event instanceof WorkOrderDispatched e) {
            change(e.orderId(), f -> {
                f.unitId = e.unitId();
                f.cell = f.cell.at(org.unit(e.unitId()).path());
                f.status = "DISPATCHED";
            });
        }
        else if (event instanceof WorkOrderAccepted e) {
            change(e.orderId(), f -> f.status = "ACCEPTED");
        }
        else if (event instanceof WorkOrderStarted e) {
            change(e.orderId(), f -> f.status = "IN_PROGRESS");
        }
        else if (event instanceof WorkOrderResolved e) {
            change(e.orderId(), f -> resolved(f, e, e.rootCause()));
        }
        else if (event instanceof WorkOrderResolvedByRestoration e) {
            change(e.orderId(), f -> resolved(f, e, e.rootCause()));
        }
        else if (event instanceof WorkOrderReturned e) {
            change(e.orderId(), f -> {
                f.status = "RETURNED";
                f.set(Measure.RETURNED, 1);
                currentUnit(f, e);
            });
        }
        else if (event instanceof WorkOrderReminded e) {
            change(e.orderId(), f -> f.set(Measure.REMINDED, 1));
        }
        else if (event instanceof WorkOrderClosed e) {
            change(e.orderId(), f -> closed(f, e));
        }
        else if (event instanceof WorkOrderReopened || event instanceof WorkOrderReworked) {
            change(event.orderId(), f -> {
                reopened(f);
                currentUnit(f, event);
            });
        }
        else if (event instanceof WorkOrderCancelled) {
            change(event.orderId(), f -> finished(f, "CANCELLED"));
        }
        else if (event instanceof WorkOrderMerged) {
            change(event.orderId(), f -> finished(f, "MERGED"));
        }
    }

    @EventListener
    @Transactional
    void on(ClockStopped e) {
        change(e.orderId(), f -> {
            f.set(Measure.stopped(e.clock()), 1);
            f.set(Measure.met(e.clock()), e.met());
        });
    }

    /** A red warning makes an open order overdue; the callback's clock runs after the work is done. */
    @EventListener
    @Transactional
    void on(TimeLimitWarningRaised e) {
        if ("RED".equals(e.level()) && e.clock() != ClockName.CALLBACK) {
            change(e.orderId(), f -> {
                f.late = true;
                f.settleOverdue();
            });
        }
    }

    private void created(WorkOrderCreated e) {
        long[] m = new long[Measure.COUNT];
        OrderFacts f = new OrderFacts(e.orderId(), e.number(), e.at(), e.customerId(),
                new Cell(LocalDate.ofInstant(e.at(), ZONE), org.unit(e.unitId()).path(), e.typeCode(), e.categoryCode(),
                        e.channel().name()),
                null, e.unitId(), "NEW", false, m);
        f.set(Measure.CREATED, 1);
        f.set(Measure.OPEN, 1);
        if (COMPLAINT.equals(e.typeCode())) {
            f.set(Measure.COMPLAINTS, 1);
            f.set(Measure.REPEAT_COMPLAINTS, e.customerId() != null && store.complainedBetween(e.customerId(),
                    f.cell.categoryCode(), e.at().minus(REPEAT_WINDOW), e.at()));
        }
        if (store.insert(f)) {
            pending.changed(pending.created(f));
        }
    }

    /** A return (and a reopen) hands the order to a unit the event does not name: the order says which. */
    private void currentUnit(OrderFacts f, WorkOrderEvent e) {
        orders.find(e.number()).map(o -> o.snapshot().unitId()).filter(id -> id != f.unitId).ifPresent(id -> {
            f.unitId = id;
            f.cell = f.cell.at(org.unit(id).path());
        });
    }

    private static void resolved(OrderFacts f, WorkOrderEvent e, String rootCause) {
        f.status = "RESOLVED";
        f.rootCause = rootCause == null ? "" : rootCause;
        f.set(Measure.RESOLVED, 1);
        f.set(Measure.HANDLING_SECONDS, Math.max(0, Duration.between(f.createdAt, e.at()).toSeconds()));
        f.set(Measure.OPEN, 0);
        f.settleOverdue();
    }

    private static void closed(OrderFacts f, WorkOrderClosed e) {
        Satisfaction s = e.satisfaction();
        f.status = "CLOSED";
        f.set(Measure.OPEN, 0);
        f.set(Measure.FIRST_CONTACT, e.firstContactResolution());
        f.set(Measure.RATED, s != null);
        f.set(Measure.SATISFIED, s == Satisfaction.SATISFIED || s == Satisfaction.VERY_SATISFIED);
        if (f.get(Measure.RESOLVED) == 0) {
            // answered on first contact: resolved and closed at once, without a resolve of its own
            f.set(Measure.RESOLVED, 1);
            f.set(Measure.HANDLING_SECONDS, Math.max(0, Duration.between(f.createdAt, e.at()).toSeconds()));
        }
        f.settleOverdue();
    }

    /** Back to work: open again and no longer resolved; the next resolve counts its handling time anew. */
    private static void reopened(OrderFacts f) {
        f.status = "DISPATCHED";
        f.rootCause = "";
        f.set(Measure.OPEN, 1);
        f.set(Measure.RESOLVED, 0);
        f.set(Measure.HANDLING_SECONDS, 0);
        f.settleOverdue();
    }

    private static void finished(OrderFacts f, String status) {
        f.status = status;
        f.set(Measure.OPEN, 0);
        f.settleOverdue();
    }

    /**
     * Applies a change to the order's facts; {@link PendingRollups} moves the difference in the
     * rollups when the transaction commits. Orders analytics has not seen yet (created before it was
     * installed) are left to the backfill.
     */
    private void change(long orderId, Consumer<OrderFacts> change) {
        Optional<PendingRollups.Touched> touched = pending.touched(orderId);
        if (touched.isEmpty()) {
            touched = store.lock(orderId).map(pending::loaded);
        }
        touched.ifPresent(t -> {
            change.accept(t.current);
            pending.changed(t);
        });
    }
}
