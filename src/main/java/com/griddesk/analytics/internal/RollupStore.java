package com.griddesk.analytics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
    private static final String DAILY = upsert("analytics_daily");
    private static final String MONTHLY = upsert("analytics_monthly");
    private static final String PLACEHOLDERS = String.join(", ", Collections.nCopies(Measure.COUNT, "?"));

    private final JdbcClient jdbc;

    RollupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String upsert(String table) {
        String updates = Measure.ALL.stream().map(m -> m.column() + " = " + table + "." + m.column() + " + excluded." + m.column())
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + KEY + ", " + Measure.columns("", "") + ") values (?, ?, ?, ?, ?, "
                + String.join(", ", Collections.nCopies(Measure.COUNT, "?")) + ") on conflict (" + KEY
                + ") do update set " + updates;
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

    /** Adds the deltas to each cell, the day's and the month's, cells in key order (daily first). */
    void add(List<Delta> deltas) {
        List<Delta> sorted = deltas.stream().sorted((a, b) -> a.cell().compareTo(b.cell())).toList();
        for (Delta d : sorted) {
            upsert(DAILY, d.cell(), d.values());
        }
        for (Delta d : sorted) {
            upsert(MONTHLY, d.cell().month(), d.values());
        }
    }

    record Delta(Cell cell, long[] values) {
    }

    /** One resolved order more (+1) or less (-1) for a root cause in a cell. */
    record CauseDelta(Cell cell, String rootCause, int n) {
    }

    void addCauses(List<CauseDelta> deltas) {
        List<CauseDelta> sorted = deltas.stream().sorted((a, b) -> {
            int c = a.cell().compareTo(b.cell());
            return c != 0 ? c : a.rootCause().compareTo(b.rootCause());
        }).toList();
        for (String table : List.of("analytics_cause_daily", "analytics_cause_monthly")) {
            for (CauseDelta d : sorted) {
                Cell c = table.endsWith("monthly") ? d.cell().month() : d.cell();
                jdbc.sql("insert into " + table + " (day, unit_path, type_code, channel, root_cause, resolved) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (day, unit_path, type_code, channel, root_cause) "
                        + "do update set resolved = " + table + ".resolved + excluded.resolved")
                        .params(c.day(), c.unitPath(), c.typeCode(), c.channel(), d.rootCause(), d.n()).update();
            }
        }
    }

    private void upsert(String sql, Cell c, long[] values) {
        List<Object> params = new ArrayList<>(List.of(c.day(), c.unitPath(), c.typeCode(), c.categoryCode(), c.channel()));
        for (long v : values) {
            params.add(v);
        }
        jdbc.sql(sql).params(params).update();
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
