package com.griddesk.analytics;

import java.time.Instant;
import java.util.List;

import com.griddesk.timelimit.ClockName;

/**
 * The orders behind one number of a report: the query's filters, the indicator, and the slice that
 * was clicked (any of period start, unit, category, channel, type, root cause, age bucket, clock).
 * The list has exactly {@link Figures#orders(Indicator)} entries of that slice.
 */
public record DrillDown(IndicatorQuery query, Indicator indicator, Slice slice, int page, int size) {

    /**
     * What was clicked; null fields do not narrow. {@code periodStart} with the query's granularity;
     * {@code unitId} the unit and the units below it (unit ranking, heat table), {@code ownUnitId}
     * the orders of that unit only (the queried unit's own share in the ranking); {@code ageBucket}
     * a key of {@link IndicatorReport.AgeBucket}.
     */
    public record Slice(java.time.LocalDate periodStart, Long unitId, Long ownUnitId, String categoryCode,
            String typeCode, String channel, String rootCause, String ageBucket, ClockName clock) {

        public static final Slice ALL = new Slice(null, null, null, null, null, null, null, null, null);
    }

    /** One order in the list, with what the page links to. */
    public record OrderRow(String number, Instant createdAt, String typeCode, String categoryCode, String channel,
            long unitId, String unitName, String status, String rootCause) {
    }

    public record Result(long total, int page, int size, List<OrderRow> orders) {
    }
}
