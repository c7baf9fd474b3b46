package com.griddesk.outage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.griddesk.outage.Disconnection;
import com.griddesk.outage.DisconnectionSnapshot;
import com.griddesk.outage.DisconnectionState;
import com.griddesk.outage.OutageTimelineEntry;
import com.griddesk.outage.Protection;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcDisconnectionRepository {

    private static final String COLUMNS = """
            id, number, customer_id, account_number, customer_name, station_id, unit_path, arrears_amount, reason,
            planned_at, protection, state, requested_by, requested_at, approved_by, approved_at, extra_approved_by,
            extra_approved_at, executed_by, executed_at, outage_number, paid_at, payment_receipt, reconnect_due,
            reconnected_by, reconnected_at, cancelled_at, cancel_reason, updated_at, version""";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    private final JdbcClient jdbc;
    private final Timelines timelines;

    JdbcDisconnectionRepository(JdbcClient jdbc, Timelines timelines) {
        this.jdbc = jdbc;
        this.timelines = timelines;
    }

    /** 欠费 numbers read QF + date + sequence. */
    public String nextNumber(Instant at) {
        return "QF" + DAY.format(at) + String.format("%06d",
                jdbc.sql("select nextval('disconnection_number_seq')").query(Long.class).single());
    }

    public void save(Disconnection d) {
        DisconnectionSnapshot s = d.snapshot();
        List<Object> v = values(s);
        long id;
        int version;
        if (s.id() == null) {
            try {
                id = jdbc.sql("insert into disconnection (" + COLUMNS.replace("id, number", "number") + ") values ("
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) returning id")
                        .params(v).query(Long.class).single();
            }
            catch (DuplicateKeyException ex) {
                throw DomainException.invalid("accountNumber", "disconnection.validation.alreadyOpen", s.accountNumber());
            }
            version = 0;
        }
        else {
            v.add(s.id());
            v.add(s.version());
            int updated = jdbc.sql("""
                    update disconnection set number = ?, customer_id = ?, account_number = ?, customer_name = ?,
                        station_id = ?, unit_path = ?, arrears_amount = ?, reason = ?, planned_at = ?, protection = ?,
                        state = ?, requested_by = ?, requested_at = ?, approved_by = ?, approved_at = ?,
                        extra_approved_by = ?, extra_approved_at = ?, executed_by = ?, executed_at = ?, outage_number = ?,
                        paid_at = ?, payment_receipt = ?, reconnect_due = ?, reconnected_by = ?, reconnected_at = ?,
                        cancelled_at = ?, cancel_reason = ?, updated_at = ?, version = version + 1
                    where id = ? and version = ?""").params(v).update();
            if (updated == 0) {
                throw new DomainException(ProblemCode.VERSION_CONFLICT, s.number());
            }
            id = s.id();
            version = s.version() + 1;
        }
        for (OutageTimelineEntry e : d.newTimelineEntries()) {
            timelines.append("disconnection_timeline", "disconnection_id", id, e);
        }
        d.saved(id, version);
    }

    private static List<Object> values(DisconnectionSnapshot s) {
        List<Object> v = new ArrayList<>(List.of(s.number(), s.customerId(), s.accountNumber(), s.customerName(),
                s.stationId(), s.unitPath(), s.arrearsAmount(), s.reason(), Sql.ts(s.plannedAt())));
        v.add(s.protection() == null ? null : s.protection().name());
        v.add(s.state().name());
        v.add(s.requestedBy());
        v.add(Sql.ts(s.requestedAt()));
        v.add(s.approvedBy());
        v.add(Sql.ts(s.approvedAt()));
        v.add(s.extraApprovedBy());
        v.add(Sql.ts(s.extraApprovedAt()));
        v.add(s.executedBy());
        v.add(Sql.ts(s.executedAt()));
        v.add(s.outageNumber());
        v.add(Sql.ts(s.paidAt()));
        v.add(s.paymentReceipt());
        v.add(Sql.ts(s.reconnectDue()));
        v.add(s.reconnectedBy());
        v.add(Sql.ts(s.reconnectedAt()));
        v.add(Sql.ts(s.cancelledAt()));
        v.add(s.cancelReason());
        v.add(Sql.ts(s.updatedAt()));
        return v;
    }

    public Optional<Disconnection> find(String number) {
        return jdbc.sql("select " + COLUMNS + " from disconnection where number = ?").param(number)
                .query(JdbcDisconnectionRepository::snapshot).optional().map(Disconnection::new);
    }

    public Optional<Disconnection> findForUpdate(String number) {
        return jdbc.sql("select " + COLUMNS + " from disconnection where number = ? for update").param(number)
                .query(JdbcDisconnectionRepository::snapshot).optional().map(Disconnection::new);
    }

    public List<DisconnectionSnapshot> list(String scopePath, boolean openOnly, int limit) {
        return jdbc.sql("select " + COLUMNS + " from disconnection where unit_path like ?"
                + (openOnly ? " and state in ('REQUESTED', 'APPROVED', 'EXECUTED', 'PAID')" : "")
                + " order by requested_at desc, id desc limit ?")
                .param(Sql.prefix(scopePath)).param(limit).query(JdbcDisconnectionRepository::snapshot).list();
    }

    /** Paid disconnections whose reconnection is overdue, skipping those another instance holds. */
    public List<DisconnectionSnapshot> reconnectionOverdue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from disconnection where state = 'PAID' and reconnect_due < ?"
                + " order by reconnect_due limit ? for update skip locked")
                .param(Sql.ts(now)).param(limit).query(JdbcDisconnectionRepository::snapshot).list();
    }

    public List<OutageTimelineEntry> timeline(long id) {
        return timelines.of("disconnection_timeline", "disconnection_id", id);
    }

    static DisconnectionSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        String protection = rs.getString("protection");
        return new DisconnectionSnapshot(rs.getLong("id"), rs.getString("number"), rs.getLong("customer_id"),
                rs.getString("account_number"), rs.getString("customer_name"), rs.getLong("station_id"),
                rs.getString("unit_path"), rs.getBigDecimal("arrears_amount"), rs.getString("reason"),
                Sql.instant(rs, "planned_at"), protection == null ? null : Protection.valueOf(protection),
                DisconnectionState.valueOf(rs.getString("state")), rs.getLong("requested_by"),
                Sql.instant(rs, "requested_at"), Sql.nullableLong(rs, "approved_by"), Sql.instant(rs, "approved_at"),
                Sql.nullableLong(rs, "extra_approved_by"), Sql.instant(rs, "extra_approved_at"),
                Sql.nullableLong(rs, "executed_by"), Sql.instant(rs, "executed_at"), rs.getString("outage_number"),
                Sql.instant(rs, "paid_at"), rs.getString("payment_receipt"), Sql.instant(rs, "reconnect_due"),
                Sql.nullableLong(rs, "reconnected_by"), Sql.instant(rs, "reconnected_at"),
                Sql.instant(rs, "cancelled_at"), rs.getString("cancel_reason"), Sql.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
