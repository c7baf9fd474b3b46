package com.griddesk.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projection of each order and the cells it counts in. Cells grow and shrink only by
 * {@code insert … on conflict do update set n = n + excluded.n}: concurrent changes add up, none is
 * lost, whatever order they commit in.
 */
@Component
class RollupStore {

    static final String FACT_COLUMNS = "order_id, number, created_at, day, unit_id, unit_path, type_code, category_code, "
            + "channel, root_cause, customer_id, status, late, " + Measure.columns("", "");
    private static final String KEY = "day, unit_path, type_code, category_code, channel";
    private static final String PLACEHOLDERS = String.join(", ", Collections.nCopies(Measure.COUNT, "?"));

    private final JdbcClient jdbc;
    private final StationGrain grain;

    RollupStore(JdbcClient jdbc, StationGrain grain) {
        this.jdbc = jdbc;
        this.grain = grain;
    }

    /** Stores a new order's facts; false when they are there already (an event delivered twice). */
    boolean insert(OrderFacts f) {
        List<Object> params = new ArrayList<>(List.of(f.orderId, f.number, Timestamp.from(f.createdAt), f.cell.day(),
                f.unitId, f.cell.unitPath(), f.cell.typeCode(), f.cell.categoryCode(), f.cell.channel(),
                f.rootCause));
        params.add(f.customerId);
        params.add(f.status);
        params.add(f.late);
        for (long v : f.m) {
            params.add(v);
        }
        return jdbc.sql("insert into analytics_order (" + FACT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + PLACEHOLDERS + ") on conflict (order_id) do nothing").params(params).update() == 1;
    }

    /** The order's facts, locked until the transaction ends: changes of one order are applied one at a time. */
    Optional<OrderFacts> lock(long orderId) {
        return jdbc.sql("select " + FACT_COLUMNS + " from analytics_order where order_id = ? for update").param(orderId)
                .query(RollupStore::facts).optional();
    }

    void update(OrderFacts f) {
        List<Object> params = new ArrayList<>(List.of(f.unitId, f.cell.unitPath(), f.rootCause, f.status, f.late));
        for (long v : f.m) {
            params.add(v);
        }
        params.add(f.orderId);
        jdbc.sql("update analytics_order set unit_id = ?, unit_path = ?, root_cause = ?, status = ?, late = ?, "
                + Measure.columns("", " = ?") + " where order_id = ?").params(params).update();
    }

    /** Whether the customer complained in the category within [from, before). */
    boolean complainedBetween(long customerId, String categoryCode, Instant from, Instant before) {
        return jdbc.sql("""
                select exists (select 1 from analytics_order where complaints = 1 and customer_id = ? and category_code = ?
                               and created_at >= ? and created_at < ?)""")
                .param(customerId).param(categoryCode).param(Timestamp.from(from)).param(Timestamp.from(before))
                .query(Boolean.class).single();
    }

    /**
     * Nets the deltas per cell and adds them to every rollup they count in, in one statement: the team cells of the day and
     * the month, the station cells of the day and the month, the station trend, and the root-cause
     * cells at both grains. Each table's rows go in key order and the tables always in the same
     * order, so two transactions touching the same cells never deadlock; a cell whose changes net to
     * zero (at the station grain: an order moved between two teams of one station) is left out.
     */
    void add(List<Delta> deltas, List<CauseDelta> causes) {
        Map<String, Map<Cell, long[]>> cells = new LinkedHashMap<>();
        for (String table : CELL_TABLES) {
            cells.put(table, new TreeMap<>());
        }
        for (Delta d : deltas) {
            Cell station = d.cell().at(grain.stationPath(d.cell().unitPath()));
            merge(cells.get("analytics_daily"), d.cell(), d.values());
            merge(cells.get("analytics_monthly"), d.cell().month(), d.values());
            merge(cells.get("analytics_station_daily"), station, d.values());
            merge(cells.get("analytics_station_monthly"), station.month(), d.values());
            merge(cells.get("analytics_station_trend"), station.withoutCategory(), d.values());
        }
        Map<String, Map<CauseKey, Integer>> causeCells = new LinkedHashMap<>();
        for (String table : CAUSE_TABLES) {
            causeCells.put(table, new TreeMap<>());
        }
        for (CauseDelta d : causes) {
            // the root-cause cells have no category: orders of two categories share one
            Cell team = d.cell().withoutCategory();
            Cell station = team.at(grain.stationPath(team.unitPath()));
            causeCells.get("analytics_cause_daily").merge(new CauseKey(team, d.rootCause()), d.n(), Integer::sum);
            causeCells.get("analytics_cause_monthly").merge(new CauseKey(team.month(), d.rootCause()), d.n(), Integer::sum);
            causeCells.get("analytics_station_cause_daily").merge(new CauseKey(station, d.rootCause()), d.n(), Integer::sum);
            causeCells.get("analytics_station_cause_monthly").merge(new CauseKey(station.month(), d.rootCause()), d.n(),
                    Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        cells.forEach((table, rows) -> {
            List<Map.Entry<Cell, long[]>> nonZero = rows.entrySet().stream().filter(e -> !zero(e.getValue())).toList();
            if (!nonZero.isEmpty()) {
                parts.add("c" + parts.size() + " as (" + cellUpsert(table, nonZero.size()) + ")");
                for (Map.Entry<Cell, long[]> e : nonZero) {
                    Cell c = e.getKey();
                    params.addAll(List.of(c.day(), c.unitPath(), c.typeCode(), c.categoryCode(), c.channel()));
                    for (long v : e.getValue()) {
                        params.add(v);
                    }
                }
            }
        });
        causeCells.forEach((table, rows) -> {
            List<Map.Entry<CauseKey, Integer>> nonZero = rows.entrySet().stream().filter(e -> e.getValue() != 0).toList();
            if (!nonZero.isEmpty()) {
                parts.add("c" + parts.size() + " as (" + causeUpsert(table, nonZero.size()) + ")");
                for (Map.Entry<CauseKey, Integer> e : nonZero) {
                    Cell c = e.getKey().cell();
                    params.addAll(List.of(c.day(), c.unitPath(), c.typeCode(), c.channel(), e.getKey().rootCause(), e.getValue()));
                }
            }
        });
        if (!parts.isEmpty()) {
            jdbc.sql("with " + String.join(", ", parts) + " select 1").params(params).query(Integer.class).single();
        }
    }

    record Delta(Cell cell, long[] values) {
    }

    /** One resolved order more (+1) or less (-1) for a root cause in a cell. */
    record CauseDelta(Cell cell, String rootCause, int n) {
    }

    private record CauseKey(Cell cell, String rootCause) implements Comparable<CauseKey> {
        @Override
        public int compareTo(CauseKey o) {
            int c = cell.compareTo(o.cell);
            return c != 0 ? c : rootCause.compareTo(o.rootCause);
        }
    }

    private static final List<String> CELL_TABLES = List.of("analytics_daily", "analytics_monthly", "analytics_station_daily",
            "analytics_station_monthly", "analytics_station_trend");
    private static final List<String> CAUSE_TABLES = List.of("analytics_cause_daily", "analytics_cause_monthly",
            "analytics_station_cause_daily", "analytics_station_cause_monthly");

    private static String cellUpsert(String table, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(5 + Measure.COUNT, "?")) + ")";
        String updates = Measure.ALL.stream().map(m -> m.column() + " = " + table + "." + m.column() + " + excluded." + m.column())
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + KEY + ", " + Measure.columns("", "") + ") values "
                + String.join(", ", Collections.nCopies(rows, row)) + " on conflict (" + KEY + ") do update set " + updates;
    }

    private static String causeUpsert(String table, int rows) {
        return "insert into " + table + " (day, unit_path, type_code, channel, root_cause, resolved) values "
                + String.join(", ", Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?)"))
                + " on conflict (day, unit_path, type_code, channel, root_cause) do update set resolved = " + table
                + ".resolved + excluded.resolved";
    }

    private static void merge(Map<Cell, long[]> into, Cell cell, long[] values) {
        long[] sum = into.computeIfAbsent(cell, c -> new long[Measure.COUNT]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    private static boolean zero(long[] values) {
        for (long v : values) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    static OrderFacts facts(ResultSet rs, int row) throws SQLException {
        long[] m = new long[Measure.COUNT];
        for (Measure measure : Measure.ALL) {
            m[measure.ordinal()] = rs.getLong(measure.column());
        }
        Cell cell = new Cell(rs.getObject("day", java.time.LocalDate.class), rs.getString("unit_path"),
                rs.getString("type_code"), rs.getString("category_code"), rs.getString("channel"));
        Long customer = rs.getObject("customer_id", Long.class);
        return new OrderFacts(rs.getLong("order_id"), rs.getString("number"), rs.getTimestamp("created_at").toInstant(),
                customer, cell, rs.getString("root_cause"), rs.getLong("unit_id"), rs.getString("status"), rs.getBoolean("late"), m);
    }
}
