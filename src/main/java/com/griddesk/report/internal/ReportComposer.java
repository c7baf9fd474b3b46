package com.griddesk.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.analytics.DrillDown;
import com.griddesk.analytics.Granularity;
import com.griddesk.analytics.Indicator;
import com.griddesk.analytics.IndicatorQuery;
import com.griddesk.analytics.IndicatorReport;
import com.griddesk.analytics.Indicators;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.UnitLevel;
import com.griddesk.report.ReportContent;
import com.griddesk.report.ReportContent.Section;
import com.griddesk.report.ReportKind;
import com.griddesk.report.ReportPeriod;
import com.griddesk.report.ReportSettings;
import com.griddesk.report.UnitScores;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the indicators of a unit and period into the sections of a daily, weekly or monthly report. */
@Component
public class ReportComposer {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final List<Indicator> SUMMARY = List.of(Indicator.VOLUME, Indicator.FIRST_CONTACT_RESOLUTION_RATE,
            Indicator.TIMELINESS_RATE, Indicator.CALLBACK_SATISFACTION_RATE, Indicator.COMPLAINTS_PER_10K_CUSTOMERS,
            Indicator.REPEAT_COMPLAINT_RATE, Indicator.REMINDER_RATE, Indicator.RETURN_RATE, Indicator.OPEN_BACKLOG,
            Indicator.OVERDUE_BACKLOG);

    private final Indicators indicators;
    private final Signals signals;
    private final OrgDirectory org;
    private final WeightStore weights;
    private final ReportSettings settings;
    private final MessageSource messages;

    ReportComposer(Indicators indicators, Signals signals, OrgDirectory org, WeightStore weights, ReportSettings settings,
            MessageSource messages) {
        this.indicators = indicators;
        this.signals = signals;
        this.org = org;
        this.weights = weights;
        this.settings = settings;
        this.messages = messages;
    }

    public ReportContent compose(ReportKind kind, ReportPeriod period, OrgUnit unit) {
        String title = text("report.title." + kind, unit.nameZh(), period.start(), period.end());
        String subtitle = text("report.subtitle", period.start(), period.end());
        return new ReportContent(title, subtitle, switch (kind) {
            case DAILY -> daily(period, unit);
            case WEEKLY -> weekly(period, unit);
            case MONTHLY -> monthly(period, unit);
        });
    }

    private IndicatorQuery query(ReportPeriod p, OrgUnit unit) {
        return new IndicatorQuery(p.start(), p.end(), Granularity.DAY, unit.path(), null, null, null);
    }

    private List<Section> daily(ReportPeriod p, OrgUnit unit) {
        IndicatorReport day = indicators.report(query(p, unit));
        IndicatorReport month = indicators.report(query(new ReportPeriod(p.end().minusDays(29), p.end()), unit));
        Map<Signals.Kind, Long> signalCounts = signals.counts(p.start(), p.end(), unit.path());
        List<Signals.Sensitive> sensitive = signals.sensitive(p.start(), p.end(), unit.path(), 100);
        List<List<String>> summary = new ArrayList<>();
        summary.add(row(text("report.row.volume"), count(day.total().created())));
        summary.add(row(text("report.row.resolved"), count(day.total().resolved())));
        summary.add(row(text("report.row.open30"), count(month.total().open())));
        summary.add(row(text("report.row.overdue30"), count(month.total().overdue())));
        summary.add(row(text("report.row.warnings"), count(signalCounts.values().stream().mapToLong(Long::longValue).sum())));
        summary.add(row(text("report.row.sensitive"), count(signalCounts.get(Signals.Kind.SENSITIVE))));
        List<Section> sections = new ArrayList<>();
        sections.add(section("summary", summary, "report.col.item", "report.col.value"));
        sections.add(section("byType", groups(day.byType(), Integer.MAX_VALUE), "report.col.type", "report.col.orders"));
        sections.add(section("byChannel", groups(day.byChannel(), Integer.MAX_VALUE), "report.col.channel", "report.col.orders"));
        List<List<String>> warnings = new ArrayList<>();
        for (Signals.Kind k : List.of(Signals.Kind.WARNING_YELLOW, Signals.Kind.WARNING_RED, Signals.Kind.ESCALATION)) {
            warnings.add(row(text("report.signal." + k), count(signalCounts.get(k))));
        }
        sections.add(section("warnings", warnings, "report.col.level", "report.col.count"));
        sections.add(section("sensitive", sensitive.stream().map(s -> row(s.orderNumber(), reasons(s.reason()))).toList(),
                "report.col.order", "report.col.reason"));
        return sections;
    }

    private List<Section> weekly(ReportPeriod p, OrgUnit unit) {
        IndicatorReport week = indicators.report(query(p, unit));
        IndicatorReport before = indicators.report(query(ReportKind.WEEKLY.previous(p), unit));
        List<Section> sections = new ArrayList<>();
        sections.add(comparison(week, before));
        sections.add(section("trend", week.trend().stream().map(g -> row(g.key(), count(g.figures().created()))).toList(),
                "report.col.day", "report.col.orders"));
        sections.add(section("topCategories", groups(week.byCategory(), settings.topProblems()), "report.col.category",
                "report.col.orders"));
        sections.add(section("topRootCauses", groups(week.rootCauses(), settings.topProblems()), "report.col.rootCause",
                "report.col.orders"));
        List<IndicatorReport.Group> units = new ArrayList<>(week.byUnit());
        units.sort(Comparator.comparingLong((IndicatorReport.Group g) -> g.figures().created()).reversed());
        List<List<String>> ranking = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            var f = units.get(i).figures();
            ranking.add(row(String.valueOf(i + 1), units.get(i).label(), count(f.created()),
                    format(Indicator.TIMELINESS_RATE, f.allClocks().rate()),
                    format(Indicator.CALLBACK_SATISFACTION_RATE, f.rated() == 0 ? null : (double) f.satisfied() / f.rated()),
                    count(f.complaints())));
        }
        sections.add(section("unitRanking", ranking, "report.col.rank", "report.col.unit", "report.col.orders",
                "report.col.timeliness", "report.col.satisfaction", "report.col.complaints"));
        DrillDown.Result cases = indicators.drillDown(new DrillDown(query(p, unit).withType("COMPLAINT"), Indicator.VOLUME,
                DrillDown.Slice.ALL, 0, settings.typicalCases()));
        sections.add(section("typicalCases", cases.orders().stream().map(o -> row(o.number(), o.categoryCode(), o.unitName(),
                        text("status." + o.status()), o.rootCause() == null ? "—" : o.rootCause())).toList(),
                "report.col.order", "report.col.category", "report.col.unit", "report.col.status", "report.col.rootCause"));
        return sections;
    }

    private List<Section> monthly(ReportPeriod p, OrgUnit unit) {
        IndicatorReport month = indicators.report(query(p, unit));
        IndicatorReport before = indicators.report(query(ReportKind.MONTHLY.previous(p), unit));
        Map<Indicator, Integer> w = weights.current();
        List<UnitScores.UnitValues> values = new ArrayList<>();
        for (OrgUnit station : assessed(unit)) {
            IndicatorReport r = indicators.report(query(p, unit).withUnit(station.id()));
            Map<Indicator, Double> v = new EnumMap<>(Indicator.class);
            for (Indicator i : w.keySet()) {
                Double value = r.value(i).value();
                if (value != null) {
                    v.put(i, value);
                }
            }
            values.add(new UnitScores.UnitValues(station.id(), station.nameZh(), v));
        }
        List<Indicator> weighted = w.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).sorted().toList();
        List<String> columns = new ArrayList<>(List.of(text("report.col.rank"), text("report.col.unit"), text("report.col.score")));
        weighted.forEach(i -> columns.add(i.label(ZH)));
        List<List<String>> rows = new ArrayList<>();
        for (UnitScores.UnitScore s : UnitScores.score(values, w)) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(s.rank()), s.unitName(),
                    s.score() == null ? "—" : String.format(Locale.ROOT, "%.1f", s.score())));
            weighted.forEach(i -> row.add(format(i, s.values().get(i))));
            rows.add(row);
        }
        List<Section> sections = new ArrayList<>();
        sections.add(comparison(month, before));
        sections.add(new Section("assessment", text("report.section.assessment"), columns, rows, text("report.note.assessment")));
        sections.add(section("weights", weighted.stream().map(i -> row(i.label(ZH), w.get(i) + "%")).toList(),
                "report.col.indicator", "report.col.weight"));
        sections.add(section("topCategories", groups(month.byCategory(), settings.topProblems()), "report.col.category",
                "report.col.orders"));
        return sections;
    }

    /** The units scored in a monthly assessment: the supply stations in the unit (or the unit itself). */
    List<OrgUnit> assessed(OrgUnit unit) {
        List<OrgUnit> stations = org.subtree(unit.id()).stream().filter(u -> u.level() == UnitLevel.STATION)
                .sorted(Comparator.comparing(OrgUnit::code)).toList();
        return stations.isEmpty() ? List.of(unit) : stations;
    }

    private Section comparison(IndicatorReport now, IndicatorReport before) {
        List<List<String>> rows = SUMMARY.stream()
                .map(i -> row(i.label(ZH), format(i, now.value(i).value()), format(i, before.value(i).value()))).toList();
        return section("summary", rows, "report.col.indicator", "report.col.thisPeriod", "report.col.previousPeriod");
    }

    private List<List<String>> groups(List<IndicatorReport.Group> groups, int limit) {
        return groups.stream().filter(g -> g.figures().created() > 0)
                .sorted(Comparator.comparingLong((IndicatorReport.Group g) -> g.figures().created()).reversed())
                .limit(limit).map(g -> row(g.label(), count(g.figures().created()))).toList();
    }

    private Section section(String key, List<List<String>> rows, String... columnKeys) {
        return new Section(key, text("report.section." + key), java.util.Arrays.stream(columnKeys).map(this::text).toList(),
                rows, null);
    }

    private String reasons(String codes) {
        return java.util.Arrays.stream(codes.split(",")).filter(s -> !s.isBlank()).map(c -> text("report.sensitive." + c))
                .reduce((a, b) -> a + "、" + b).orElse("—");
    }

    static String format(Indicator indicator, Double value) {
        if (value == null) {
            return "—";
        }
        return switch (indicator.unit()) {
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case PER_10K_CUSTOMERS -> String.format(Locale.ROOT, "%.2f", value);
            case HOURS -> String.format(Locale.ROOT, "%.1f h", value);
            case ORDERS, CUSTOMER_MINUTES -> String.format(Locale.ROOT, "%d", Math.round(value));
        };
    }

    private static String count(Long n) {
        return String.valueOf(n == null ? 0 : n);
    }

    private static String count(long n) {
        return String.valueOf(n);
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }
}
