package com.griddesk.report.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the daily report needs beyond the indicators: the time-limit warnings fired and the orders of
 * sensitive customers created each day, kept from the events of the time-limit and work-order modules.
 */
@Repository
public class Signals {

    public enum Kind { WARNING_YELLOW, WARNING_RED, ESCALATION, SENSITIVE }

    public record Sensitive(String orderNumber, String reason) {
    }

    private final JdbcClient jdbc;

    Signals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Kind kind, LocalDate day, String orderNumber, String unitPath, String detail, Instant at) {
        jdbc.sql("""
                insert into report_signal (kind, day, order_number, unit_path, detail, at) values (?, ?, ?, ?, ?, ?)
                on conflict (kind, order_number, detail) do nothing""")
                .param(kind.name()).param(Date.valueOf(day)).param(orderNumber).param(unitPath).param(detail)
                .param(Timestamp.from(at)).update();
    }

    public Map<Kind, Long> counts(LocalDate from, LocalDate to, String unitPath) {
        Map<Kind, Long> counts = new java.util.EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            counts.put(k, 0L);
        }
        jdbc.sql("""
                select kind, count(*) n from report_signal where day between ? and ? and unit_path like ? group by kind""")
                .param(Date.valueOf(from)).param(Date.valueOf(to)).param(unitPath + "%")
                .query(rs -> {
                    counts.put(Kind.valueOf(rs.getString("kind")), rs.getLong("n"));
                });
        return counts;
    }

    public List<Sensitive> sensitive(LocalDate from, LocalDate to, String unitPath, int limit) {
        return jdbc.sql("""
                select order_number, detail from report_signal where kind = 'SENSITIVE' and day between ? and ?
                and unit_path like ? order by at, order_number limit ?""")
                .param(Date.valueOf(from)).param(Date.valueOf(to)).param(unitPath + "%").param(limit)
                .query((rs, i) -> new Sensitive(rs.getString("order_number"), rs.getString("detail"))).list();
    }
}
