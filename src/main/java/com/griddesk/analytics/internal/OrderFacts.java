package com.griddesk.analytics.internal;

import java.time.Instant;
import java.util.Arrays;

/**
 * What analytics keeps of one order (a row of analytics_order): the cell it counts in and its
 * measures. A change is a copy with other values; the difference is what moves in the rollups.
 */
final class OrderFacts {

    final long orderId;
    final String number;
    final Instant createdAt;
    final Long customerId;
    Cell cell;
    /** '' until resolved with one. */
    String rootCause;
    long unitId;
    String status;
    boolean late;
    final long[] m;

    OrderFacts(long orderId, String number, Instant createdAt, Long customerId, Cell cell, String rootCause, long unitId,
            String status, boolean late, long[] m) {
        this.orderId = orderId;
        this.number = number;
        this.createdAt = createdAt;
        this.customerId = customerId;
        this.cell = cell;
        this.rootCause = rootCause == null ? "" : rootCause;
        this.unitId = unitId;
        this.status = status;
        this.late = late;
        this.m = m;
    }

    OrderFacts copy() {
        return new OrderFacts(orderId, number, createdAt, customerId, cell, rootCause, unitId, status, late, m.clone());
    }

    long get(Measure measure) {
        return m[measure.ordinal()];
    }

    void set(Measure measure, long value) {
        m[measure.ordinal()] = value;
    }

    void set(Measure measure, boolean value) {
        set(measure, value ? 1 : 0);
    }

    /** Open orders are overdue once a clock went past its deadline. */
    void settleOverdue() {
        set(Measure.OVERDUE, get(Measure.OPEN) == 1 && late);
    }

    boolean sameCounts(OrderFacts other) {
        return cell.equals(other.cell) && Arrays.equals(m, other.m);
    }

    /** The root-cause cell a resolved order counts in, or null. */
    Cell causeCell() {
        return get(Measure.RESOLVED) == 1 && !rootCause.isEmpty() ? cell : null;
    }

    boolean sameRow(OrderFacts other) {
        return sameCounts(other) && rootCause.equals(other.rootCause) && unitId == other.unitId && status.equals(other.status) && late == other.late;
    }

    long[] minus(OrderFacts other) {
        long[] d = new long[m.length];
        for (int i = 0; i < m.length; i++) {
            d[i] = m[i] - other.m[i];
        }
        return d;
    }

    long[] negated() {
        long[] d = new long[m.length];
        for (int i = 0; i < m.length; i++) {
            d[i] = -m[i];
        }
        return d;
    }
}
