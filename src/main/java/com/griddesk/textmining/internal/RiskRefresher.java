package com.griddesk.textmining.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assesses again the orders marked stale by a warning, oldest mark first, each in its own
 * transaction; an order that cannot be assessed is logged and dropped rather than retried forever.
 */
@Component
public class RiskRefresher {

    private static final Logger log = LoggerFactory.getLogger(RiskRefresher.class);
    static final int BATCH = 200;
    private static final int BATCHES_PER_RUN = 50;

    private final JdbcClient jdbc;
    private final RiskAssessment risk;
    private final TransactionTemplate tx;
    private final Clock clock;

    RiskRefresher(JdbcClient jdbc, RiskAssessment risk, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.risk = risk;
        this.tx = tx;
        this.clock = clock;
    }

    /** Marks the order for a new assessment, in the caller's transaction. */
    void mark(long orderId) {
        jdbc.sql("insert into tm_risk_stale (order_id, since) values (?, ?) on conflict (order_id) do nothing")
                .param(orderId).param(Timestamp.from(clock.instant())).update();
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${griddesk.textmining.risk-refresh-interval:PT5S}")
    @SchedulerLock(name = "textmining-risk-refresh", lockAtMostFor = "PT10M")
    void scheduled() {
        refresh();
    }

    /** Works through the marked orders; returns how many were assessed. */
    public int refresh() {
        int assessed = 0;
        for (int b = 0; b < BATCHES_PER_RUN; b++) {
            List<Long> batch = jdbc.sql("select order_id from tm_risk_stale order by since, order_id limit ?")
                    .param(BATCH).query(Long.class).list();
            for (long orderId : batch) {
                assessed += refresh(orderId) ? 1 : 0;
            }
            if (batch.size() < BATCH) {
                break;
            }
        }
        return assessed;
    }

    private boolean refresh(long orderId) {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> {
                // another instance (or a run that overlapped a lock expiry) may have taken it already
                if (jdbc.sql("delete from tm_risk_stale where order_id = ?").param(orderId).update() == 0) {
                    return false;
                }
                risk.assess(orderId);
                return true;
            }));
        }
        catch (RuntimeException ex) {
            log.warn("Escalation risk of order {} could not be assessed again; dropped from the queue", orderId, ex);
            jdbc.sql("delete from tm_risk_stale where order_id = ?").param(orderId).update();
            return false;
        }
    }
}
