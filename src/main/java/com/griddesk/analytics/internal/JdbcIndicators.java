package com.griddesk.analytics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.griddesk.analytics.AnalyticsSettings;
import com.griddesk.analytics.ClockTally;
import com.griddesk.analytics.Figures;
import com.griddesk.analytics.Indicator;
import com.griddesk.analytics.IndicatorQuery;
import com.griddesk.analytics.IndicatorReport;
import com.griddesk.analytics.Indicators;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.outage.OutageStatistics;
import com.griddesk.timelimit.ClockName;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.Taxonomy;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports from the rollup cells (three reads per report, none of the orders themselves). */
@Service
@Transactional(readOnly = true)
class JdbcIndicators implements Indicators {

    private final CellReads reads;
    private final DrillDowns drillDowns;
    private final OrgDirectory org;
    private final Taxonomy taxonomy;
    private final RootCauses rootCauses;
    private final CustomerDirectory customers;
    private final OutageStatistics outages;
    private final MessageSource messages;
    private final AnalyticsSettings settings;
    private final Clock clock;

    JdbcIndicators(CellReads reads, DrillDowns drillDowns, OrgDirectory org, Taxonomy taxonomy, RootCauses rootCauses,
            CustomerDirectory customers, OutageStatistics outages, MessageSource messages, AnalyticsSettings settings,
            Clock clock) {
        this.reads = reads;
        this.drillDowns = drillDowns;
        this.org = org;
        this.taxonomy = taxonomy;
        this.rootCauses = rootCauses;
        this.customers = customers;
        this.outages = outages;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public IndicatorReport report(IndicatorQuery query) {
        ScopedQuery q = ScopedQuery.check(query, org, taxonomy, settings);
        reads.roomToGroup();
        Locale locale = LocaleContextHolder.getLocale();
        ReportAssembler cells = new ReportAssembler(reads.cells(q), org, taxonomy, rootCauses, messages, locale);
        Figures total = cells.total().figures();
        long customerCount = customers.countUnder(q.path());
        long outageMinutes = outageMinutes(q);
        List<IndicatorReport.Value> values = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            values.add(new IndicatorReport.Value(i, total.value(i, customerCount, outageMinutes), i.unit()));
        }
        Map<ClockName, ClockTally> timeliness = new EnumMap<>(ClockName.class);
        for (ClockName c : ClockName.values()) {
            timeliness.put(c, total.clock(c));
        }
        List<IndicatorReport.Group> trend = reads.trend(q).stream()
                .map(d -> new IndicatorReport.Group(d.day().toString(), d.day().toString(), d.sums().figures())).toList();
        LocalDate today = LocalDate.now(clock.withZone(RollupListener.ZONE));
        return new IndicatorReport(query, customerCount, outageMinutes, total, values, timeliness, trend, cells.byType(),
                cells.byChannel(), cells.byCategory(), cells.byUnit(q.path()), cells.heat(),
                cells.rootCauses(reads.causes(q, settings.topRootCauses())), ReportAssembler.ageing(reads.openByDay(q), today));
    }

    /** The outage module's customer-minutes of outages that began in the period, in the same units. */
    private long outageMinutes(ScopedQuery q) {
        long unitId = q.unit() != null ? q.unit().id() : ReportAssembler.lastId(q.path());
        CurrentStaff scope = new CurrentStaff(0, "analytics", "analytics", unitId, q.path(), Set.of());
        return outages.period(q.from(), q.to(), scope).total().customerMinutes();
    }

    @Override
    public com.griddesk.analytics.DrillDown.Result drillDown(com.griddesk.analytics.DrillDown drillDown) {
        return drillDowns.list(drillDown, ScopedQuery.check(drillDown.query(), org, taxonomy, settings),
                LocalDate.now(clock.withZone(RollupListener.ZONE)));
    }
}
