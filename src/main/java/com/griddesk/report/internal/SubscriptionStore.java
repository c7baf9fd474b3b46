package com.griddesk.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import com.griddesk.report.ReportKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who receives which kind of report by e-mail, and at which address. */
@Repository
public class SubscriptionStore {

    public record Subscription(long staffId, ReportKind kind, String email) {
    }

    private final JdbcClient jdbc;

    SubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void subscribe(long staffId, ReportKind kind, String email, Instant at) {
        jdbc.sql("""
                insert into report_subscription (staff_id, kind, email, created_at) values (?, ?, ?, ?)
                on conflict (staff_id, kind) do update set email = excluded.email""")
                .param(staffId).param(kind.name()).param(email).param(Timestamp.from(at)).update();
    }

    public void unsubscribe(long staffId, ReportKind kind) {
        jdbc.sql("delete from report_subscription where staff_id = ? and kind = ?").param(staffId).param(kind.name()).update();
    }

    public List<Subscription> of(long staffId) {
        return jdbc.sql("select * from report_subscription where staff_id = ? order by kind").param(staffId)
                .query((rs, i) -> new Subscription(rs.getLong("staff_id"), ReportKind.valueOf(rs.getString("kind")),
                        rs.getString("email"))).list();
    }

    public List<Subscription> to(ReportKind kind) {
        return jdbc.sql("select * from report_subscription where kind = ? order by staff_id").param(kind.name())
                .query((rs, i) -> new Subscription(rs.getLong("staff_id"), kind, rs.getString("email"))).list();
    }
}
