package com.griddesk.recovery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.griddesk.recovery.Apology;
import com.griddesk.recovery.ApologyChannel;
import com.griddesk.recovery.Fairness;
import com.griddesk.recovery.PendingRemedy;
import com.griddesk.recovery.Remedy;
import com.griddesk.recovery.RemedyKind;
import com.griddesk.recovery.ServiceRecovery;
import com.griddesk.workorder.WorkOrder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores recovery records; {@link #lock} creates the row first so that concurrent decisions queue on it. */
@Repository
public class RecoveryStore {

    private static final String REMEDY_COLUMNS = """
            m.id, m.kind, m.amount, m.description, m.requested_by, m.requested_by_name, m.requested_at, m.status,
            m.needs_supervisor, m.decided_by, m.decided_by_name, m.decided_at, m.decision_note""";

    private final JdbcClient jdbc;

    RecoveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ServiceRecovery> find(String orderNumber) {
        return load("select * from service_recovery where order_number = ?", orderNumber);
    }

    /** The record of the order, created if it had none, locked for this transaction. */
    public ServiceRecovery lock(WorkOrder order, Instant now) {
        jdbc.sql("""
                insert into service_recovery (order_id, order_number, unit_path, created_at, updated_at)
                values (?, ?, ?, ?, ?) on conflict (order_id) do nothing""")
                .param(order.id()).param(order.number()).param(order.unitPath()).param(Timestamp.from(now))
                .param(Timestamp.from(now)).update();
        return load("select * from service_recovery where order_number = ? for update", order.number()).orElseThrow();
    }

    public void save(long orderId, ServiceRecovery r, Instant now, boolean nowComplete) {
        Apology a = r.apology();
        Fairness f = r.fairness();
        jdbc.sql("""
                update service_recovery set apology_channel = ?, apology_by = ?, apology_by_name = ?, apology_at = ?,
                    apology_note = ?, outcome_fair = ?, procedural_fair = ?, interactional_fair = ?, fairness_note = ?,
                    fairness_by = ?, fairness_by_name = ?, fairness_at = ?, updated_at = ?,
                    completed_at = case when ? then coalesce(completed_at, ?) else null end
                where order_id = ?""")
                .param(a == null ? null : a.channel().name()).param(a == null ? null : a.madeBy())
                .param(a == null ? null : a.madeByName()).param(a == null ? null : Timestamp.from(a.madeAt()))
                .param(a == null ? null : a.note()).param(f.outcome()).param(f.procedural()).param(f.interactional())
                .param(f.note()).param(f.checkedBy()).param(f.checkedByName()).param(ts(f.checkedAt()))
                .param(Timestamp.from(now)).param(nowComplete).param(Timestamp.from(now)).param(orderId).update();
        List<Remedy> remedies = r.remedies();
        for (int i = 0; i < remedies.size(); i++) {
            Remedy m = remedies.get(i);
            if (m.id() == null) {
                long id = jdbc.sql("""
                        insert into service_recovery_remedy (order_id, kind, amount, description, requested_by,
                            requested_by_name, requested_at, status, needs_supervisor)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                        .param(orderId).param(m.kind().name()).param(m.amount()).param(m.description())
                        .param(m.requestedBy()).param(m.requestedByName()).param(Timestamp.from(m.requestedAt()))
                        .param(m.status().name()).param(m.needsSupervisor()).query(Long.class).single();
                r.assigned(i, id);
            }
            else {
                jdbc.sql("""
                        update service_recovery_remedy set status = ?, decided_by = ?, decided_by_name = ?, decided_at = ?,
                            decision_note = ? where id = ?""")
                        .param(m.status().name()).param(m.decidedBy()).param(m.decidedByName()).param(ts(m.decidedAt()))
                        .param(m.decisionNote()).param(m.id()).update();
            }
        }
    }

    /** Remedies waiting for a decision in the units under {@code scopePath}, oldest first. */
    public List<PendingRemedy> pending(String scopePath) {
        return jdbc.sql("select " + REMEDY_COLUMNS + ", r.order_number from service_recovery_remedy m"
                + " join service_recovery r on r.order_id = m.order_id"
                + " where m.status = 'REQUESTED' and r.unit_path like ? order by m.requested_at limit 200")
                .param(scopePath + "%")
                .query((rs, i) -> new PendingRemedy(rs.getString("order_number"), remedy(rs, i))).list();
    }

    private Optional<ServiceRecovery> load(String sql, String orderNumber) {
        return jdbc.sql(sql).param(orderNumber).query((rs, i) -> {
            long orderId = rs.getLong("order_id");
            String channel = rs.getString("apology_channel");
            Apology apology = channel == null ? null : new Apology(ApologyChannel.valueOf(channel), rs.getLong("apology_by"),
                    rs.getString("apology_by_name"), rs.getTimestamp("apology_at").toInstant(), rs.getString("apology_note"));
            long by = rs.getLong("fairness_by");
            Long checkedBy = rs.wasNull() ? null : by;
            Fairness fairness = new Fairness(rs.getBoolean("outcome_fair"), rs.getBoolean("procedural_fair"),
                    rs.getBoolean("interactional_fair"), rs.getString("fairness_note"), checkedBy,
                    rs.getString("fairness_by_name"), instant(rs, "fairness_at"));
            return new Object[] { orderId, apology, fairness };
        }).optional().map(row -> new ServiceRecovery(orderNumber, (Apology) row[1],
                jdbc.sql("select " + REMEDY_COLUMNS + " from service_recovery_remedy m where m.order_id = ? order by m.id").param(row[0]).query(RecoveryStore::remedy).list(),
                (Fairness) row[2]));
    }

    static Remedy remedy(ResultSet rs, int i) throws SQLException {
        long decidedBy = rs.getLong("decided_by");
        boolean undecided = rs.wasNull();
        return new Remedy(rs.getLong("id"), RemedyKind.valueOf(rs.getString("kind")), rs.getBigDecimal("amount"),
                rs.getString("description"), rs.getLong("requested_by"), rs.getString("requested_by_name"),
                rs.getTimestamp("requested_at").toInstant(), Remedy.Status.valueOf(rs.getString("status")),
                rs.getBoolean("needs_supervisor"), undecided ? null : decidedBy, rs.getString("decided_by_name"),
                instant(rs, "decided_at"), rs.getString("decision_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
