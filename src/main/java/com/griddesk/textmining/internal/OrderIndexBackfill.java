package com.griddesk.textmining.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indexes orders that reached the database without events — the demo's two years of history go in
 * by COPY — so that hot topics, earlier complaints and duplicates see them too. It reads the
 * workorder module's repository, in id order from where it stopped, as far back as a year and a
 * quarter (a year of complaint history plus the topics' baseline).
 */
@Component
class OrderIndexBackfill {

    private static final Logger log = LoggerFactory.getLogger(OrderIndexBackfill.class);
    static final String NAME = "orders";
    static final Duration HORIZON = Duration.ofDays(460);
    static final int BATCH = 2000;
    private static final int BATCHES_PER_RUN = 25;

    private final JdbcClient jdbc;
    private final WorkOrderRepository orders;
    private final CustomerDirectory customers;
    private final OrderIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;

    OrderIndexBackfill(JdbcClient jdbc, WorkOrderRepository orders, CustomerDirectory customers, OrderIndex index,
            TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.customers = customers;
        this.index = index;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${griddesk.textmining.backfill-interval:PT1M}")
    @SchedulerLock(name = "textmining-backfill", lockAtMostFor = "PT15M")
    public void run() {
        int added = 0;
        for (int i = 0; i < BATCHES_PER_RUN; i++) {
            Batch b = catchUp(BATCH);
            added += b.added();
            if (b.read() < BATCH) {
                break;
            }
        }
        if (added > 0) {
            log.info("text mining indexed {} orders written without events", added);
        }
    }

    /** What one batch read and how many of those were new to the index. */
    record Batch(int read, int added) {
    }

    Batch catchUp(int limit) {
        return tx.execute(status -> {
            long last = jdbc.sql("select last_order_id from tm_backfill where name = ? for update").param(NAME)
                    .query(Long.class).optional().orElse(0L);
            Instant since = clock.instant().minus(HORIZON);
            List<WorkOrderSnapshot> batch = orders.createdSince(since, last, limit);
            Map<Long, Optional<String>> areas = new HashMap<>();
            int added = 0;
            for (WorkOrderSnapshot s : batch) {
                String area = s.customerId() == null ? null : areas.computeIfAbsent(s.customerId(),
                        id -> customers.byId(id).map(Customer::transformerArea)).orElse(null);
                if (index.index(s, area)) {
                    added++;
                }
            }
            if (!batch.isEmpty()) {
                jdbc.sql("""
                        insert into tm_backfill (name, last_order_id, updated_at) values (?, ?, ?)
                        on conflict (name) do update set last_order_id = excluded.last_order_id, updated_at = excluded.updated_at""")
                        .param(NAME).param(batch.get(batch.size() - 1).id()).param(Timestamp.from(clock.instant())).update();
            }
            return new Batch(batch.size(), added);
        });
    }
}
