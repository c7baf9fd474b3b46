package com.griddesk.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The analytics changes of one transaction, written once just before it commits. A lifecycle step
 * raises several events (a resolve stops two or three clocks besides), and each used to lock and
 * rewrite the order's facts and add to the shared day and month cells at once; the cells then
 * stayed locked for the rest of the transaction and concurrent orders of the same cell queued
 * behind it. Here each order's facts are changed in memory and the net difference is written at
 * the end: one update of the facts, one upsert per cell touched, the cells locked only for the
 * commit.
 */
@Component
class PendingRollups {

    private static final String RESOURCE = PendingRollups.class.getName();

    private final RollupStore store;

    PendingRollups(RollupStore store) {
        this.store = store;
    }

    /** An order's facts as the database holds them, what the cells count of it, and what they become. */
    static final class Touched {
        private OrderFacts stored;
        private OrderFacts counted;
        final OrderFacts current;

        private Touched(OrderFacts stored, OrderFacts counted) {
            this.stored = stored;
            this.counted = counted;
            this.current = stored.copy();
        }
    }

    /** A new order's facts, just inserted: the cells do not count it yet. */
    Touched created(OrderFacts inserted) {
        OrderFacts nothing = new OrderFacts(inserted.orderId, inserted.number, inserted.createdAt, inserted.customerId,
                inserted.cell, "", inserted.unitId, inserted.status, inserted.late, new long[Measure.COUNT]);
        return remember(new Touched(inserted.copy(), nothing));
    }

    /** The order's facts already changed in this transaction, if any. */
    java.util.Optional<Touched> touched(long orderId) {
        Pending p = pending(false);
        return p == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(p.orders.get(orderId));
    }

    /** Facts read (and locked) from the database. */
    Touched loaded(OrderFacts stored) {
        return remember(new Touched(stored, stored.copy()));
    }

    /** After a change to {@code t.current}: written at the commit, or now where that moment has passed. */
    void changed(Touched t) {
        Pending p = pending(false);
        if (p == null || p.flushed) {
            write(List.of(t));
        }
    }

    private Touched remember(Touched t) {
        Pending p = pending(true);
        if (p != null && !p.flushed) {
            p.orders.put(t.current.orderId, t);
        }
        return t;
    }

    private Pending pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending p = (Pending) TransactionSynchronizationManager.getResource(RESOURCE);
        if (p == null && create) {
            Pending fresh = new Pending();
            TransactionSynchronizationManager.bindResource(RESOURCE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                /**
                 * Last of the before-commit work: a cell upserted any earlier stays locked while that work
                 * runs, and in a storm every call of the feeder waited behind the grouping of the one before.
                 */
                @Override
                public int getOrder() {
                    return com.griddesk.shared.db.CommitOrder.COUNTERS;
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    fresh.flushed = true;
                    write(new ArrayList<>(fresh.orders.values()));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RESOURCE);
                }
            });
            p = fresh;
        }
        return p;
    }

    /**
     * The facts rows in order id order, then every change to the cells in one statement: the store
     * nets the changes per cell (an order moved back and forth writes nothing).
     */
    private void write(List<Touched> touched) {
        List<RollupStore.Delta> deltas = new ArrayList<>();
        List<RollupStore.CauseDelta> causes = new ArrayList<>();
        for (Touched t : touched.stream().sorted(java.util.Comparator.comparingLong(x -> x.current.orderId)).toList()) {
            OrderFacts after = t.current;
            if (!after.sameRow(t.stored)) {
                store.update(after);
            }
            OrderFacts before = t.counted;
            if (!Objects.equals(before.causeCell(), after.causeCell()) || !before.rootCause.equals(after.rootCause)) {
                if (before.causeCell() != null) {
                    causes.add(new RollupStore.CauseDelta(before.causeCell(), before.rootCause, -1));
                }
                if (after.causeCell() != null) {
                    causes.add(new RollupStore.CauseDelta(after.causeCell(), after.rootCause, 1));
                }
            }
            if (!after.sameCounts(before)) {
                deltas.add(new RollupStore.Delta(before.cell, before.negated()));
                deltas.add(new RollupStore.Delta(after.cell, after.m));
            }
            t.stored = after.copy();
            t.counted = after.copy();
        }
        store.add(deltas, causes);
    }

    private static final class Pending {
        final Map<Long, Touched> orders = new java.util.LinkedHashMap<>();
        boolean flushed;
    }
}
