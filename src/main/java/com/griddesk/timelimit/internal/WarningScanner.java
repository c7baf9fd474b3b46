package com.griddesk.timelimit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.shared.Actor;
import com.griddesk.timelimit.TimeLimitSettings;
import com.griddesk.timelimit.TimeLimitSettings.Recipient;
import com.griddesk.timelimit.TimeLimitWarningRaised;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrderRepository;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds due clocks and fires their warnings: yellow, red, then each escalation step. Due clocks are
 * claimed with {@code FOR UPDATE SKIP LOCKED} and each warning is unique per clock, level and
 * step, so with several GridDesk instances every warning fires exactly once.
 */
@Component
public class WarningScanner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WarningScanner.class);

    private final ClockStore clocks;
    private final ClockMathFactory math;
    private final EscalationChain chain;
    private final WorkOrderRepository orders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final TimeLimitSettings settings;
    private final Clock clock;

    WarningScanner(ClockStore clocks, ClockMathFactory math, EscalationChain chain, WorkOrderRepository orders,
            JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            TimeLimitSettings settings, Clock clock) {
        this.clocks = clocks;
        this.math = math;
        this.chain = chain;
        this.orders = orders;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${griddesk.timelimit.scan-interval:PT1S}")
    @SchedulerLock(name = "time-limit-scan", lockAtMostFor = "PT5M")
    void scheduledScan() {
        scan(clock.instant());
    }

    /** Fires everything due at {@code now}; returns the number of warnings fired. */
    public int scan(Instant now) {
        long started = System.nanoTime();
        int fired = 0;
        int handled = 0;
        for (int batches = 0; batches < 1000; batches++) {
            Integer[] batch = transactions.execute(status -> fireBatch(now));
            handled += batch[0];
            fired += batch[1];
            if (batch[0] < settings.scanBatch()) {
                break;
            }
        }
        if (handled > 0) {
            log.info("Time-limit scan: {} due clocks, {} warnings fired in {} ms", handled, fired,
                    (System.nanoTime() - started) / 1_000_000);
        }
        return fired;
    }

    /** Returns {clocks handled, warnings fired}. */
    private Integer[] fireBatch(Instant now) {
        // claimed oldest first, fired in order id order: two instances may hold different clocks of
        // the same orders, and the order-level rows their warnings lock (the analytics facts) must be
        // taken in one order by both, or each waits for the other
        List<ClockRow> due = clocks.dueForUpdate(now, settings.scanBatch()).stream()
                .sorted(java.util.Comparator.comparingLong(ClockRow::orderId).thenComparingLong(ClockRow::id)).toList();
        ClockMath m = math.current();
        Map<String, Optional<Long>> recipients = new java.util.HashMap<>();
        int fired = 0;
        for (ClockRow c : due) {
            ClockRow current = c;
            boolean yellow = current.yellowFired();
            boolean red = current.redFired();
            int step = current.escalationStep();
            if (!yellow && current.warnAt() != null && !current.warnAt().isAfter(now)) {
                // a clock found only after its deadline skips yellow: red says more
                if (now.isBefore(current.deadline())) {
                    fired += fire(current, "YELLOW", 0, Recipient.ASSIGNEE, now, recipients);
                }
                yellow = true;
            }
            if (!red && !current.deadline().isAfter(now)) {
                fired += fire(current, "RED", 0, Recipient.ASSIGNEE, now, recipients);
                red = true;
                yellow = true;
            }
            List<TimeLimitSettings.Step> steps = m.steps();
            while (red && step < steps.size() && !current.deadline().plus(steps.get(step).afterDeadline()).isAfter(now)) {
                fired += fire(current, "ESCALATION", step + 1, steps.get(step).recipient(), now, recipients);
                step++;
            }
            current = current.fired(yellow, red, step, null);
            clocks.update(current.withNextFire(m.nextFire(current)));
        }
        return new Integer[] { due.size(), fired };
    }

    private int fire(ClockRow c, String level, int step, Recipient kind, Instant now,
            Map<String, Optional<Long>> recipients) {
        // within one batch, the same role in the same unit is looked up once
        String key = kind + "|" + c.unitPath() + "|" + c.assigneeId() + "|" + c.coordinatorId();
        Optional<Long> recipient = recipients.computeIfAbsent(key, k -> chain.recipient(kind, c));
        int inserted = jdbc.sql("""
                insert into time_warning (clock_id, order_id, order_number, clock, level, step, recipient_id,
                    recipient_kind, deadline, fired_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (clock_id, level, step) do nothing""")
                .param(c.id()).param(c.orderId()).param(c.orderNumber()).param(c.name().name()).param(level).param(step)
                .param(recipient.orElse(null)).param(kind.name()).param(Timestamp.from(c.deadline()))
                .param(Timestamp.from(now)).update();
        if (inserted == 0) {
            return 0;
        }
        orders.appendTimeline(c.orderId(), new TimelineEntry(now, Actor.SYSTEM.staffId(), Actor.SYSTEM.name(),
                "TIME_LIMIT_" + level, null, null, c.name().name(),
                Map.of("clock", c.name().name(), "deadline", c.deadline().toString(), "step", step,
                        "recipientKind", kind.name(), "recipientId", recipient.map(String::valueOf).orElse("-"))));
        events.publishEvent(new TimeLimitWarningRaised(c.orderId(), c.orderNumber(), c.name(), level, step,
                recipient.orElse(null), kind.name(), c.deadline(), now, c.round()));
        return 1;
    }
}
