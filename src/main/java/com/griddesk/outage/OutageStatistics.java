package com.griddesk.outage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.internal.JdbcOutageStatistics;
import com.griddesk.shared.DomainException;

import org.springframework.stereotype.Service;

/** Outage figures of a period, per kind and in total, within the caller's data scope. */
@Service
public class OutageStatistics {

    static final int MAX_DAYS = 366;

    /** One kind's outages that started in the period (cancelled and dissolved ones do not count). */
    public record KindFigures(OutageKind kind, long events, long crews, long nonCompliant, OutageFigures figures) {
    }

    public record PeriodFigures(LocalDate from, LocalDate to, List<KindFigures> kinds, OutageFigures total) {
    }

    private final JdbcOutageStatistics jdbc;
    private final Clock clock;

    OutageStatistics(JdbcOutageStatistics jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** From and to are local dates, inclusive; by default the last 30 days. */
    public PeriodFigures period(LocalDate from, LocalDate to, CurrentStaff staff) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw DomainException.invalid("from", "outage.validation.periodOrder");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw DomainException.invalid("to", "outage.validation.periodLength", MAX_DAYS);
        }
        List<KindFigures> kinds = jdbc.byKind(staff.scopePath(), first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), clock.instant());
        OutageFigures total = kinds.stream().map(KindFigures::figures).reduce(new OutageFigures(0, 0, 0, 0, 0, 0, 0, 0),
                (a, b) -> new OutageFigures(a.customersAffected() + b.customersAffected(),
                        a.customerMinutes() + b.customerMinutes(), a.callsReceived() + b.callsReceived(),
                        a.faultCalls() + b.faultCalls(), a.repeatCalls() + b.repeatCalls(), a.questions() + b.questions(),
                        a.answeredWithoutDispatch() + b.answeredWithoutDispatch(), a.stillOut() + b.stillOut()));
        return new PeriodFigures(first, last, kinds, total);
    }
}
