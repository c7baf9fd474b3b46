package com.griddesk.improvement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import com.griddesk.improvement.ActionState;
import com.griddesk.improvement.ScopeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The occurrences of root causes per scope, and the proposal of an action when they recur. Callers
 * hold {@link #lock} for the scope and cause, so counting and proposing never race; the partial unique
 * index on open actions is the second guard.
 */
@Repository
public class Recurrences {

    private static final int LOCK_CLASS = 280;

    private final JdbcClient jdbc;

    Recurrences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An order resolved (again): its latest root cause counts, at its latest resolve time. */
    public void record(long orderId, String number, String rootCause, Instant resolvedAt, long unitId, String unitPath,
            String transformerArea, String feeder) {
        jdbc.sql("""
                insert into improvement_occurrence (order_id, order_number, root_cause, resolved_at, unit_id, unit_path,
                    transformer_area, feeder) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) do update set root_cause = excluded.root_cause, resolved_at = excluded.resolved_at,
                    unit_id = excluded.unit_id, unit_path = excluded.unit_path,
                    transformer_area = excluded.transformer_area, feeder = excluded.feeder""")
                .param(orderId).param(number).param(rootCause).param(Timestamp.from(resolvedAt)).param(unitId)
                .param(unitPath).param(transformerArea).param(feeder).update();
    }

    public void lock(ScopeKind kind, String code, String rootCause) {
        jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").param(LOCK_CLASS)
                .param(kind + "|" + code + "|" + rootCause).query((rs, i) -> 1).list();
    }

    public Optional<Long> openAction(ScopeKind kind, String code, String rootCause) {
        return jdbc.sql("""
                select id from improvement_action where scope_kind = ? and scope_code = ? and root_cause = ?
                and state <> 'VERIFIED'""").param(kind.name()).param(code).param(rootCause).query(Long.class).optional();
    }

    /** Recurrences count from the window's start, or from the last verification of the same problem if later. */
    public Instant countingFrom(ScopeKind kind, String code, String rootCause, Instant windowStart) {
        return jdbc.sql("""
                select greatest(?, max(verified_at)) from improvement_action
                where scope_kind = ? and scope_code = ? and root_cause = ? and state = 'VERIFIED'""")
                .param(Timestamp.from(windowStart)).param(kind.name()).param(code).param(rootCause)
                .query(Timestamp.class).single().toInstant();
    }

    /** Orders of the cause in the scope resolved in [from, to). */
    public int count(ScopeKind kind, String code, String rootCause, Instant from, Instant to) {
        return jdbc.sql("select count(*) from improvement_occurrence where " + where(kind)
                        + " and root_cause = ? and resolved_at >= ? and resolved_at < ?")
                .param(scopeValue(kind, code)).param(rootCause).param(Timestamp.from(from)).param(Timestamp.from(to))
                .query(Integer.class).single();
    }

    /** Creates the action (none may be open for the key: the caller holds the lock) and links the orders that caused it. */
    public long propose(ScopeKind kind, String code, String name, String rootCause, long unitId, String unitPath,
            Instant from, Instant now, int orders) {
        long id = jdbc.sql("""
                insert into improvement_action (scope_kind, scope_code, scope_name, root_cause, unit_id, unit_path, state,
                    proposed_at, trigger_count, updated_at) values (?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?) returning id""")
                .param(kind.name()).param(code).param(name).param(rootCause).param(unitId).param(unitPath)
                .param(Timestamp.from(now)).param(orders).param(Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("insert into improvement_action_order (action_id, order_id, order_number, resolved_at, causing)"
                        + " select ?, order_id, order_number, resolved_at, true from improvement_occurrence where " + where(kind)
                        + " and root_cause = ? and resolved_at >= ?")
                .param(id).param(scopeValue(kind, code)).param(rootCause).param(Timestamp.from(from)).update();
        jdbc.sql("""
                insert into improvement_action_history (action_id, at, from_state, to_state, note)
                values (?, ?, null, ?, ?)""").param(id).param(Timestamp.from(now)).param(ActionState.PROPOSED.name())
                .param(String.valueOf(orders)).update();
        return id;
    }

    /** A later order of the same cause in the scope joins the open action. */
    public void attach(long actionId, long orderId, String number, Instant resolvedAt) {
        jdbc.sql("""
                insert into improvement_action_order (action_id, order_id, order_number, resolved_at, causing)
                values (?, ?, ?, ?, false) on conflict do nothing""")
                .param(actionId).param(orderId).param(number).param(Timestamp.from(resolvedAt)).update();
    }

    private static String where(ScopeKind kind) {
        return switch (kind) {
            case TRANSFORMER_AREA -> "transformer_area = ?";
            case FEEDER -> "feeder = ?";
            case UNIT -> "unit_id = ?";
        };
    }

    private static Object scopeValue(ScopeKind kind, String code) {
        return kind == ScopeKind.UNIT ? Long.valueOf(code) : code;
    }
}
