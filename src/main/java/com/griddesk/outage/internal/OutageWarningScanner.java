package com.griddesk.outage.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageSettings;
import com.griddesk.outage.OutageSnapshot;
import com.griddesk.outage.OutageState;
import com.griddesk.shared.Actor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches open outages: starts announced ones at their planned start, and raises the R14
 * warnings — more than N customers cut off, longer than X hours, past the announced restoration —
 * each once to the station and once to the hotline. Events are claimed with SKIP LOCKED and
 * warnings are unique, so several instances never raise one twice. Also watches reconnections.
 */
@Component
public class OutageWarningScanner {

    private static final Logger log = LoggerFactory.getLogger(OutageWarningScanner.class);
    private static final int BATCH = 500;

    private final JdbcOutageRepository events;
    private final AffectedCustomers affected;
    private final OutageWarnings warnings;
    private final ReconnectionWatch reconnections;
    private final TransactionTemplate transactions;
    private final OutageSettings settings;
    private final Clock clock;

    OutageWarningScanner(JdbcOutageRepository events, AffectedCustomers affected, OutageWarnings warnings,
            ReconnectionWatch reconnections, TransactionTemplate transactions, OutageSettings settings, Clock clock) {
        this.events = events;
        this.affected = affected;
        this.warnings = warnings;
        this.reconnections = reconnections;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${griddesk.outage.scan-interval:PT30S}")
    @SchedulerLock(name = "outage-scan", lockAtMostFor = "PT5M")
    void scheduledScan() {
        scan(clock.instant());
    }

    /** Everything due at {@code now}; returns the number of warnings raised. */
    public int scan(Instant now) {
        Integer fired = transactions.execute(status -> {
            int n = 0;
            for (OutageEvent event : events.openForUpdateSkipLocked(BATCH)) {
                n += watch(event, now);
            }
            return n + reconnections.overdue(now);
        });
        if (fired != null && fired > 0) {
            log.info("Outage scan: {} warnings raised", fired);
        }
        return fired == null ? 0 : fired;
    }

    private int watch(OutageEvent event, Instant now) {
        OutageSnapshot s = event.snapshot();
        if (s.state() == OutageState.ANNOUNCED && s.plannedStart() != null && !s.plannedStart().isAfter(now)) {
            event.start(Actor.SYSTEM, s.plannedStart());
            events.save(event);
            s = event.snapshot();
        }
        if (s.state() != OutageState.ACTIVE) {
            return 0;
        }
        int fired = 0;
        if (affected.count(s.id()) > settings.warnCustomers()) {
            fired += raise(event, "MANY_CUSTOMERS", now);
        }
        if (Duration.between(s.startedAt(), now).compareTo(settings.warnDuration()) > 0) {
            fired += raise(event, "LONG_DURATION", now);
        }
        if (s.announcedRestoration() != null && now.isAfter(s.announcedRestoration())) {
            fired += raise(event, "OVERRUN", now);
        }
        if (fired > 0) {
            events.save(event);
        }
        return fired;
    }

    private int raise(OutageEvent event, String kind, Instant now) {
        int fired = warnings.raise("OUTAGE", event.id(), event.number(), kind, event.snapshot().stationId(), now);
        if (fired > 0) {
            event.note("WARNING_" + kind, null, Map.of("audiences", fired), Actor.SYSTEM, now);
        }
        return fired;
    }
}
