package com.griddesk.timelimit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ClockStore {

    private static final String COLUMNS = """
            id, order_id, order_number, clock, rule_set_version, amount, unit, budget_seconds, started_at,
            segment_started_at, consumed_seconds, own_deadline, deadline, warn_at, paused_at, stopped_at, state,
            yellow_fired, red_fired, escalation_step, next_fire_at, unit_path, assignee_id, coordinator_id,
            case_family, note, round""";

    private final JdbcClient jdbc;

    ClockStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERTED = """
            order_id, order_number, clock, rule_set_version, amount, unit, budget_seconds,
                started_at, segment_started_at, consumed_seconds, own_deadline, deadline, warn_at, paused_at,
                stopped_at, state, yellow_fired, red_fired, escalation_step, next_fire_at, unit_path, assignee_id,
                coordinator_id, case_family, note, created_by, round""";
    private static final String ROW = "(" + String.join(", ", Collections.nCopies(27, "?")) + ")";

    long insert(ClockRow c, Long createdBy) {
        return jdbc.sql("insert into order_clock (" + INSERTED + ") values " + ROW + " returning id")
                .params(values(c, createdBy)).query(Long.class).single();
    }

    /** A new order's clocks in one statement. */
    void insertAll(List<ClockRow> rows, Long createdBy) {
        if (rows.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>();
        rows.forEach(c -> params.addAll(values(c, createdBy)));
        jdbc.sql("insert into order_clock (" + INSERTED + ") values " + String.join(", ", Collections.nCopies(rows.size(), ROW)))
                .params(params).update();
    }

    private static List<Object> values(ClockRow c, Long createdBy) {
        return Arrays.asList(c.orderId(), c.orderNumber(), c.name().name(), c.ruleSetVersion(), c.amount(),
                c.unit().name(), c.budgetSeconds(), ts(c.startedAt()), ts(c.segmentStartedAt()), c.consumedSeconds(),
                ts(c.ownDeadline()), ts(c.deadline()), ts(c.warnAt()), ts(c.pausedAt()), ts(c.stoppedAt()),
                c.state().name(), c.yellowFired(), c.redFired(), c.escalationStep(), ts(c.nextFireAt()), c.unitPath(),
                c.assigneeId(), c.coordinatorId(), c.caseFamily(), c.note(), createdBy, c.round());
    }

    void update(ClockRow c) {
        jdbc.sql("""
                update order_clock set segment_started_at = ?, consumed_seconds = ?, own_deadline = ?, deadline = ?,
                    warn_at = ?, paused_at = ?, stopped_at = ?, state = ?, yellow_fired = ?, red_fired = ?,
                    escalation_step = ?, next_fire_at = ?, unit_path = ?, assignee_id = ?, coordinator_id = ?,
                    case_family = ?
                where id = ?""")
                .param(ts(c.segmentStartedAt())).param(c.consumedSeconds()).param(ts(c.ownDeadline()))
                .param(ts(c.deadline())).param(ts(c.warnAt())).param(ts(c.pausedAt())).param(ts(c.stoppedAt()))
                .param(c.state().name()).param(c.yellowFired()).param(c.redFired()).param(c.escalationStep())
                .param(ts(c.nextFireAt())).param(c.unitPath()).param(c.assigneeId()).param(c.coordinatorId())
                .param(c.caseFamily()).param(c.id())
                .update();
    }

    List<ClockRow> ofOrder(long orderId) {
        return jdbc.sql("select " + COLUMNS + " from order_clock where order_id = ? order by id").param(orderId)
                .query(ClockStore::row).list();
    }

    /** Open clocks of an order, locked for the change the caller is about to make. */
    List<ClockRow> openOfOrderForUpdate(long orderId) {
        return jdbc.sql("select " + COLUMNS + " from order_clock where order_id = ? and state in ('RUNNING', 'PAUSED')"
                + " order by id for update").param(orderId).query(ClockStore::row).list();
    }

    List<ClockRow> ofFamilyForUpdate(String family, ClockName name) {
        return jdbc.sql("select " + COLUMNS + " from order_clock where case_family = ? and clock = ? order by id for update")
                .param(family).param(name.name()).query(ClockStore::row).list();
    }

    /**
     * Due clocks, oldest first, locked so that a second instance skips them: each warning fires once.
     * Served by the partial index on next_fire_at, so the cost follows the number due.
     */
    List<ClockRow> dueForUpdate(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from order_clock where state = 'RUNNING' and next_fire_at <= ?"
                + " order by next_fire_at limit ? for update skip locked")
                .param(ts(now)).param(limit).query(ClockStore::row).list();
    }

    List<ClockRow> runningOfOrders(java.util.Collection<String> numbers) {
        return jdbc.sql("select " + COLUMNS + " from order_clock where order_number = any(?) and state = 'RUNNING'")
                .param(numbers.toArray(String[]::new)).query(ClockStore::row).list();
    }

    void updateParties(long orderId, String unitPath, Long assigneeId, Long coordinatorId) {
        jdbc.sql("""
                update order_clock set unit_path = ?, assignee_id = ?, coordinator_id = ?
                where order_id = ? and state in ('RUNNING', 'PAUSED')""")
                .param(unitPath).param(assigneeId).param(coordinatorId).param(orderId).update();
    }

    static ClockRow row(ResultSet rs, int i) throws SQLException {
        int version = rs.getInt("rule_set_version");
        boolean noVersion = rs.wasNull();
        int amount = rs.getInt("amount");
        boolean noAmount = rs.wasNull();
        long assignee = rs.getLong("assignee_id");
        boolean noAssignee = rs.wasNull();
        long coordinator = rs.getLong("coordinator_id");
        boolean noCoordinator = rs.wasNull();
        return new ClockRow(rs.getLong("id"), rs.getLong("order_id"), rs.getString("order_number"),
                ClockName.valueOf(rs.getString("clock")), noVersion ? null : version, noAmount ? null : amount,
                LimitUnit.valueOf(rs.getString("unit")), rs.getLong("budget_seconds"), instant(rs, "started_at"),
                instant(rs, "segment_started_at"), rs.getLong("consumed_seconds"), instant(rs, "own_deadline"),
                instant(rs, "deadline"), instant(rs, "warn_at"), instant(rs, "paused_at"), instant(rs, "stopped_at"),
                ClockRow.Stored.valueOf(rs.getString("state")), rs.getBoolean("yellow_fired"), rs.getBoolean("red_fired"),
                rs.getInt("escalation_step"), instant(rs, "next_fire_at"), rs.getString("unit_path"),
                noAssignee ? null : assignee, noCoordinator ? null : coordinator, rs.getString("case_family"),
                rs.getString("note"), rs.getInt("round"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
