package com.griddesk.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.griddesk.timelimit.ClockName;

/**
 * The numbers behind the dashboard for one {@link IndicatorQuery}: the totals of every indicator,
 * the per-clock timeliness, the trend, the breakdowns (each with its figures, so any indicator can
 * be ranked by them), the station × category heat table, the top root causes and the open backlog
 * by age.
 */
public record IndicatorReport(IndicatorQuery query, long customers, long outageCustomerMinutes, Figures total,
        List<Value> indicators, Map<ClockName, ClockTally> timeliness, List<Group> trend, List<Group> byType,
        List<Group> byChannel, List<Group> byCategory, List<Group> byUnit, List<HeatCell> heat,
        List<Group> rootCauses, List<AgeBucket> backlogAgeing) {

    /** One indicator's value over the whole query; null when it has no denominator. */
    public record Value(Indicator indicator, Double value, IndicatorUnit unit) {
    }

    /**
     * A slice of the orders: {@code key} is the code to filter by in a drill-down (date of the
     * period's first day for the trend, unit id for units, the type / category / channel / root-cause
     * code otherwise), {@code label} its name in the request's language.
     */
    public record Group(String key, String label, Figures figures) {
    }

    /** Orders created in the period at a station (or a unit below it) in a category. */
    public record HeatCell(long stationId, String station, String categoryCode, String category, long orders) {
    }

    /** Open orders of the period by age, counted from creation to the day of the query's clock. */
    public record AgeBucket(String key, int fromDays, Integer toDays, long orders) {
    }

    public Value value(Indicator indicator) {
        return indicators.stream().filter(v -> v.indicator() == indicator).findFirst().orElseThrow();
    }

    public static LocalDate keyDate(Group trendPoint) {
        return LocalDate.parse(trendPoint.key());
    }
}
