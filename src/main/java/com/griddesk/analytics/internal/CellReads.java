package com.griddesk.analytics.internal;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.analytics.Granularity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reads a report makes of the rollups: the cells of the period, its trend, root causes, its open orders by day. */
@Component
class CellReads {

    /** A cell's dimensions (without its day) and its sums over the period. */
    record CellRow(String unitPath, String typeCode, String categoryCode, String channel, Sums sums) {
    }

    /** Resolved orders of the period with a root cause. */
    record CauseRow(String rootCause, long resolved) {
    }

    record DayRow(LocalDate day, Sums sums) {
    }

    private static final String SUMS = Measure.columns("sum(", ")");
    /** Cells every order moved out of stay behind with zeros; every counted order is a created one. */
    private static final String COUNTED = " having sum(created) <> 0";

    private final JdbcClient jdbc;

    CellReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A year of cells at the bureau is some 10^5–10^6 rows to group: with the default work_mem
     * PostgreSQL sorts them on disk instead of hashing them in memory.
     */
    void roomToGroup() {
        jdbc.sql("set local work_mem = '64MB'").update();
        // compiling the 28 sums costs more (70-100 ms per read) than it saves on these row counts
        jdbc.sql("set local jit = off").update();
    }

    List<CellRow> cells(ScopedQuery q) {
        ScopedQuery.Filter f = q.filter();
        return jdbc.sql("select unit_path, type_code, category_code, channel, " + SUMS + " from " + table(q)
                + " where " + f.sql() + " group by 1, 2, 3, 4" + COUNTED).params(f.params())
                .query((rs, i) -> new CellRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Sums.read(rs, 5)))
                .list();
    }

    /** The most frequent root causes of the period's resolved orders. */
    List<CauseRow> causes(ScopedQuery q, int top) {
        ScopedQuery.Filter f = q.filter();
        String table = (q.stationOrAbove() ? "analytics_station_cause_" : "analytics_cause_")
                + (q.wholeMonths() ? "monthly" : "daily");
        List<Object> params = new java.util.ArrayList<>(f.params());
        params.add(top);
        return jdbc.sql("select root_cause, sum(resolved) from " + table + " where " + f.sql()
                + " group by 1 having sum(resolved) > 0 order by 2 desc, 1 limit ?").params(params)
                .query((rs, i) -> new CauseRow(rs.getString(1), rs.getLong(2))).list();
    }

    List<DayRow> trend(ScopedQuery q) {
        Granularity g = q.query().granularity();
        String table = !q.stationOrAbove() ? (g == Granularity.MONTH ? table(q) : "analytics_daily")
                : g == Granularity.MONTH && q.wholeMonths() ? "analytics_station_monthly" : "analytics_station_trend";
        String period = switch (g) {
            case DAY -> "day";
            case WEEK -> "date_trunc('week', day)::date";
            case MONTH -> "date_trunc('month', day)::date";
        };
        ScopedQuery.Filter f = q.filter();
        return jdbc.sql("select " + period + ", " + SUMS + " from " + table + " where " + f.sql() + " group by 1" + COUNTED
                + " order by 1").params(f.params()).query((rs, i) -> new DayRow(rs.getObject(1, LocalDate.class),
                        Sums.read(rs, 2))).list();
    }

    /** Open orders of the period per day of creation (for their age). */
    List<DayRow> openByDay(ScopedQuery q) {
        ScopedQuery.Filter f = q.filter().and("open > 0");
        return jdbc.sql("select day, " + SUMS + " from analytics_daily where " + f.sql() + " group by 1 order by 1")
                .params(f.params()).query((rs, i) -> new DayRow(rs.getObject(1, LocalDate.class), Sums.read(rs, 2))).list();
    }

    /** The cells of the period: station grain where no team is asked about, team grain otherwise. */
    private static String table(ScopedQuery q) {
        return (q.aboveStations() ? "analytics_station_" : "analytics_") + (q.wholeMonths() ? "monthly" : "daily");
    }
}
