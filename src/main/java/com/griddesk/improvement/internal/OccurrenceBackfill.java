package com.griddesk.improvement.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.griddesk.improvement.ImprovementSettings;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders resolved within the window that went into the database without their events (the
 * demo history goes in by COPY), read through {@link WorkOrderRepository#createdSince} and passed to
 * the detector as if just resolved: once per database, in the background, so that the demo world shows
 * the actions its history calls for. Each order is one transaction; the detector's upsert and locks
 * make a repeat harmless.
 */
@Component
public class OccurrenceBackfill {

    private static final Logger log = LoggerFactory.getLogger(OccurrenceBackfill.class);
    private static final int BATCH = 500;

    private final WorkOrderRepository orders;
    private final RecurrenceDetector detector;
    private final ImprovementSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OccurrenceBackfill(WorkOrderRepository orders, RecurrenceDetector detector, ImprovementSettings settings,
            JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.orders = orders;
        this.detector = detector;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void atStartup() {
        // once per database, whichever instance claims it (live demo scenarios already fire events, so
        // occurrences existing says nothing about the history)
        if (!settings.backfillOnStart() || jdbc.sql("""
                insert into improvement_backfill (id, claimed_at) values (1, now()) on conflict do nothing""").update() == 0) {
            return;
        }
        Thread worker = new Thread(() -> {
            try {
                run(clock.instant().minus(settings.window()));
            }
            catch (RuntimeException ex) {
                log.error("Improvement backfill stopped; the detector still sees every new resolve", ex);
            }
        }, "improvement-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Passes every resolved order created since {@code since} to the detector; returns how many. */
    public int run(Instant since) {
        long started = System.nanoTime();
        int seen = 0;
        long afterId = 0;
        while (true) {
            List<WorkOrderSnapshot> batch = orders.createdSince(since, afterId, BATCH);
            for (WorkOrderSnapshot o : batch) {
                if (o.resolvedAt() != null && o.rootCause() != null) {
                    transactions.executeWithoutResult(s -> detector.detect(o, o.resolvedAt()));
                    seen++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            afterId = batch.get(batch.size() - 1).id();
        }
        log.info("Improvement backfill: {} resolved orders since {} in {} s", seen, since,
                (System.nanoTime() - started) / 1_000_000 / 1000.0);
        return seen;
    }
}
