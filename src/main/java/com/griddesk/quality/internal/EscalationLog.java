package com.griddesk.quality.internal;

import java.sql.Timestamp;

import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.TimeLimitWarningRaised;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which orders escalated (a time limit went up the chain, or was supervised), for the ESCALATED rule.
 * One row per warning: scanners fire different clocks of one order concurrently, and a per-order key made
 * their inserts wait on each other.
 */
@Component
class EscalationLog {

    private final JdbcClient jdbc;

    EscalationLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(TimeLimitWarningRaised warning) {
        if (!"ESCALATION".equals(warning.level()) && warning.clock() != ClockName.SUPERVISION) {
            return;
        }
        jdbc.sql("""
                insert into quality_escalation (order_id, warning, order_number, first_at, reason) values (?, ?, ?, ?, ?)
                on conflict (order_id, warning) do nothing""")
                .param(warning.orderId()).param(warning.clock().name() + ":" + warning.level() + ":" + warning.step()
                        + (warning.round() > 1 ? ":round" + warning.round() : ""))
                .param(warning.orderNumber()).param(Timestamp.from(warning.firedAt()))
                .param(warning.clock().name() + ":" + warning.level()).update();
    }
}
