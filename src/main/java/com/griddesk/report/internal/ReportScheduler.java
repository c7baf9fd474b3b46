package com.griddesk.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.UnitLevel;
import com.griddesk.report.ReportKind;
import com.griddesk.report.ReportSettings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Generates the latest complete period of every kind for the report units, every hour: a period
 * whose document exists is skipped, so a missed run (a restart, an outage) is caught up by the next
 * one, and several instances or a repeated call never make a second document (ShedLock lets one
 * instance run; the archive's unique key is the guard underneath).
 */
@Component
public class ReportScheduler {

    private final ReportGenerator generator;
    private final OrgDirectory org;
    private final ReportSettings settings;
    private final Clock clock;

    ReportScheduler(ReportGenerator generator, OrgDirectory org, ReportSettings settings, Clock clock) {
        this.generator = generator;
        this.org = org;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${griddesk.report.cron:0 5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "report-generation", lockAtMostFor = "PT30M")
    void scheduled() {
        generateDue(clock.instant());
    }

    /** Generates whatever is due at {@code now}; returns the ids of the documents of the due periods. */
    public List<Long> generateDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, SignalRecorder.ZONE);
        List<Long> ids = new java.util.ArrayList<>();
        for (OrgUnit unit : units()) {
            for (ReportKind kind : ReportKind.values()) {
                ids.add(generator.generate(kind, kind.latestComplete(today), unit, null));
            }
        }
        return ids;
    }

    List<OrgUnit> units() {
        if (!settings.units().isEmpty()) {
            return settings.units().stream().map(code -> org.unitByCode(code)
                    .orElseThrow(() -> new IllegalStateException("griddesk.report.units: no unit " + code))).toList();
        }
        return org.units().stream().filter(u -> u.level() == UnitLevel.BUREAU)
                .sorted(java.util.Comparator.comparing(OrgUnit::code)).toList();
    }
}
