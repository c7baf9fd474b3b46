package com.griddesk.improvement.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.griddesk.improvement.ActionFilter;
import com.griddesk.improvement.ActionState;
import com.griddesk.improvement.HistoryEntry;
import com.griddesk.improvement.ImprovementAction;
import com.griddesk.improvement.ImprovementActionMoved;
import com.griddesk.improvement.LinkedOrder;
import com.griddesk.improvement.ScopeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Improvement actions, their orders and history. Every user read takes the caller's scope path. */
@Repository
public class ActionStore {

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ImprovementAction> find(long id, String scopePath, boolean forUpdate) {
        return jdbc.sql("select * from improvement_action where id = ? and unit_path like ?" + (forUpdate ? " for update" : ""))
                .param(id).param(scopePath + "%").query(ActionStore::action).optional();
    }

    public List<ImprovementAction> list(ActionFilter f, String scopePath, LocalDate today, int limit) {
        StringBuilder sql = new StringBuilder("select * from improvement_action where unit_path like ?");
        List<Object> params = new ArrayList<>(List.of(scopePath + "%"));
        if (f.state() != null) {
            sql.append(" and state = ?");
            params.add(f.state().name());
        }
        if (f.scopeKind() != null) {
            sql.append(" and scope_kind = ?");
            params.add(f.scopeKind().name());
        }
        if (f.rootCause() != null && !f.rootCause().isBlank()) {
            sql.append(" and root_cause = ?");
            params.add(f.rootCause());
        }
        if (f.overdue()) {
            sql.append(" and state = 'ACCEPTED' and due_date < ?");
            params.add(Date.valueOf(today));
        }
        if (f.ownerId() != null) {
            sql.append(" and owner_id = ?");
            params.add(f.ownerId());
        }
        sql.append(" order by case state when 'VERIFIED' then 1 else 0 end, coalesce(due_date, date '9999-12-31'), id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(ActionStore::action).list();
    }

    public void save(ImprovementAction a, ImprovementActionMoved moved, String actorName, String note) {
        jdbc.sql("""
                update improvement_action set state = ?, owner_id = ?, owner_name = ?, due_date = ?, plan = ?,
                    accepted_at = ?, evidence = ?, implemented_at = ?, verified_by = ?, verified_by_name = ?,
                    verified_at = ?, rejection_note = ?, updated_at = ? where id = ?""")
                .param(a.state().name()).param(a.ownerId()).param(a.ownerName())
                .param(a.dueDate() == null ? null : Date.valueOf(a.dueDate())).param(a.plan()).param(ts(a.acceptedAt()))
                .param(a.evidence()).param(ts(a.implementedAt())).param(a.verifiedBy()).param(a.verifiedByName())
                .param(ts(a.verifiedAt())).param(a.rejectionNote()).param(ts(moved.at())).param(a.id()).update();
        history(a.id(), moved.at(), moved.actorId(), actorName, moved.from(), moved.to(), note);
    }

    void history(long actionId, Instant at, Long actorId, String actorName, ActionState from, ActionState to, String note) {
        jdbc.sql("""
                insert into improvement_action_history (action_id, at, actor_id, actor_name, from_state, to_state, note)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .param(actionId).param(ts(at)).param(actorId).param(actorName).param(from == null ? null : from.name())
                .param(to.name()).param(note).update();
    }

    public List<HistoryEntry> history(long actionId) {
        return jdbc.sql("select * from improvement_action_history where action_id = ? order by id").param(actionId)
                .query((rs, i) -> new HistoryEntry(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                        rs.getString("from_state") == null ? null : ActionState.valueOf(rs.getString("from_state")),
                        ActionState.valueOf(rs.getString("to_state")), rs.getString("note")))
                .list();
    }

    public List<LinkedOrder> orders(long actionId) {
        return jdbc.sql("""
                select order_number, resolved_at, causing from improvement_action_order where action_id = ?
                order by resolved_at, order_id""").param(actionId)
                .query((rs, i) -> new LinkedOrder(rs.getString("order_number"), rs.getTimestamp("resolved_at").toInstant(),
                        rs.getBoolean("causing")))
                .list();
    }

    static ImprovementAction action(ResultSet rs, int i) throws SQLException {
        long owner = rs.getLong("owner_id");
        Long ownerId = rs.wasNull() ? null : owner;
        long verifier = rs.getLong("verified_by");
        Long verifiedBy = rs.wasNull() ? null : verifier;
        Date due = rs.getDate("due_date");
        return new ImprovementAction(rs.getLong("id"), ScopeKind.valueOf(rs.getString("scope_kind")),
                rs.getString("scope_code"), rs.getString("scope_name"), rs.getString("root_cause"), rs.getLong("unit_id"),
                rs.getString("unit_path"), rs.getTimestamp("proposed_at").toInstant(), rs.getInt("trigger_count"),
                ActionState.valueOf(rs.getString("state")), ownerId, rs.getString("owner_name"),
                due == null ? null : due.toLocalDate(), rs.getString("plan"), instant(rs, "accepted_at"),
                rs.getString("evidence"), instant(rs, "implemented_at"), verifiedBy, rs.getString("verified_by_name"),
                instant(rs, "verified_at"), rs.getString("rejection_note"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
