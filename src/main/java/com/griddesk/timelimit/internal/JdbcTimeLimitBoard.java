package com.griddesk.timelimit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.timelimit.TimeLimitBoard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
class JdbcTimeLimitBoard implements TimeLimitBoard {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcTimeLimitBoard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Warning> warningsFor(CurrentStaff staff, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select id, order_number, clock, level, step, recipient_kind, deadline, fired_at, read_at
                from time_warning where recipient_id = ?""" + (unreadOnly ? " and read_at is null" : "")
                + " order by fired_at desc, id desc limit ?")
                .param(staff.id()).param(Math.min(Math.max(limit, 1), 500))
                .query(JdbcTimeLimitBoard::warning).list();
    }

    @Override
    public long unreadCount(CurrentStaff staff) {
        return jdbc.sql("select count(*) from time_warning where recipient_id = ? and read_at is null")
                .param(staff.id()).query(Long.class).single();
    }

    @Override
    public void markRead(long warningId, CurrentStaff staff) {
        int updated = jdbc.sql("update time_warning set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?")
                .param(Timestamp.from(clock.instant())).param(warningId).param(staff.id()).update();
        if (updated == 0) {
            throw DomainException.notFound(ProblemCode.NOT_FOUND, "warning " + warningId);
        }
    }

    @Override
    public List<Overdue> overdue(CurrentStaff staff, String unitPath, int limit) {
        String scope = unitPath != null && staff.sees(unitPath) ? unitPath : staff.scopePath();
        Instant now = clock.instant();
        return jdbc.sql("""
                select order_number, clock, deadline, unit_path, assignee_id, escalation_step
                from order_clock where state = 'RUNNING' and unit_path like ? and deadline < ?
                order by deadline limit ?""")
                .param(scope + "%").param(Timestamp.from(now)).param(Math.min(Math.max(limit, 1), 1000))
                .query((rs, i) -> {
                    Instant deadline = rs.getTimestamp("deadline").toInstant();
                    long assignee = rs.getLong("assignee_id");
                    boolean none = rs.wasNull();
                    return new Overdue(rs.getString("order_number"), rs.getString("clock"), deadline,
                            Duration.between(deadline, now).toSeconds(), rs.getString("unit_path"), none ? null : assignee,
                            rs.getInt("escalation_step"));
                })
                .list();
    }

    private static Warning warning(ResultSet rs, int i) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Warning(rs.getLong("id"), rs.getString("order_number"), rs.getString("clock"), rs.getString("level"),
                rs.getInt("step"), rs.getString("recipient_kind"), rs.getTimestamp("deadline").toInstant(),
                rs.getTimestamp("fired_at").toInstant(), read == null ? null : read.toInstant());
    }
}
