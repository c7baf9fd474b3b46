package com.griddesk.analytics.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.griddesk.analytics.Figures;
import com.griddesk.analytics.IndicatorReport.AgeBucket;
import com.griddesk.analytics.IndicatorReport.Group;
import com.griddesk.analytics.IndicatorReport.HeatCell;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.TaxonomyEntry;

import org.springframework.context.MessageSource;

/** Turns the cells of a period into the report's breakdowns, labelled in the asker's language. */
final class ReportAssembler {

    /** Age buckets of open orders, in days since creation: from (included) to (included; null: no end). */
    static final List<AgeBucket> BUCKETS = List.of(new AgeBucket("D0_1", 0, 1, 0), new AgeBucket("D2_3", 2, 3, 0),
            new AgeBucket("D4_7", 4, 7, 0), new AgeBucket("D8_15", 8, 15, 0), new AgeBucket("D16_30", 16, 30, 0),
            new AgeBucket("D31", 31, null, 0));

    private final List<CellReads.CellRow> cells;
    private final OrgDirectory org;
    private final Taxonomy taxonomy;
    private final RootCauses rootCauses;
    private final MessageSource messages;
    private final Locale locale;

    ReportAssembler(List<CellReads.CellRow> cells, OrgDirectory org, Taxonomy taxonomy, RootCauses rootCauses,
            MessageSource messages, Locale locale) {
        this.cells = cells;
        this.org = org;
        this.taxonomy = taxonomy;
        this.rootCauses = rootCauses;
        this.messages = messages;
        this.locale = locale;
    }

    Sums total() {
        Sums s = new Sums();
        cells.forEach(c -> s.add(c.sums()));
        return s;
    }

    List<Group> byType() {
        return groups(CellReads.CellRow::typeCode, this::taxonomyName, byCreated());
    }

    List<Group> byChannel() {
        return groups(CellReads.CellRow::channel, c -> messages.getMessage("channel." + c, null, c, locale), byCreated());
    }

    List<Group> byCategory() {
        return groups(c -> c.categoryCode().isEmpty() ? c.typeCode() : c.categoryCode(), this::taxonomyName, byCreated());
    }

    /** The units directly below the one asked about (their subtrees), and its own orders under its own id. */
    List<Group> byUnit(String path) {
        return groups(c -> String.valueOf(childOf(path, c.unitPath())), id -> unitName(Long.parseLong(id)), byCreated());
    }

    /** Resolved orders per root cause, most frequent first (the figures hold only the resolved count). */
    List<Group> rootCauses(List<CellReads.CauseRow> causes) {
        return causes.stream().map(c -> new Group(c.rootCause(),
                rootCauses.find(c.rootCause()).map(r -> r.name(locale)).orElse(c.rootCause()),
                new Figures(0, 0, 0, 0, 0, 0, c.resolved(), 0, 0, 0, 0, 0, java.util.Map.of()))).toList();
    }

    /** Orders created per station and category; orders above any station are not on the map. */
    List<HeatCell> heat() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<Long, Optional<OrgUnit>> stations = new java.util.HashMap<>();
        for (CellReads.CellRow c : cells) {
            long unitId = lastId(c.unitPath());
            Optional<OrgUnit> station = stations.computeIfAbsent(unitId, org::stationOf);
            if (station.isEmpty() || c.sums().get(Measure.CREATED) == 0) {
                continue;
            }
            String category = c.categoryCode().isEmpty() ? c.typeCode() : c.categoryCode();
            counts.computeIfAbsent(station.get().id() + "|" + category, k -> new long[1])[0] += c.sums().get(Measure.CREATED);
        }
        List<HeatCell> heat = new ArrayList<>();
        counts.forEach((key, n) -> {
            String[] parts = key.split("\\|", 2);
            long stationId = Long.parseLong(parts[0]);
            heat.add(new HeatCell(stationId, unitName(stationId), parts[1], taxonomyName(parts[1]), n[0]));
        });
        return heat;
    }

    static List<AgeBucket> ageing(List<CellReads.DayRow> openByDay, LocalDate today) {
        long[] counts = new long[BUCKETS.size()];
        for (CellReads.DayRow d : openByDay) {
            long age = Math.max(0, ChronoUnit.DAYS.between(d.day(), today));
            for (int i = 0; i < BUCKETS.size(); i++) {
                if (in(BUCKETS.get(i), age)) {
                    counts[i] += d.sums().get(Measure.OPEN);
                }
            }
        }
        List<AgeBucket> out = new ArrayList<>();
        for (int i = 0; i < BUCKETS.size(); i++) {
            AgeBucket b = BUCKETS.get(i);
            out.add(new AgeBucket(b.key(), b.fromDays(), b.toDays(), counts[i]));
        }
        return out;
    }

    static boolean in(AgeBucket b, long age) {
        return age >= b.fromDays() && (b.toDays() == null || age <= b.toDays());
    }

    static Optional<AgeBucket> bucket(String key) {
        return BUCKETS.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    static long lastId(String path) {
        String[] parts = path.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }

    /** The id of the unit directly below {@code path} that holds {@code unitPath}, or the unit of {@code path} itself. */
    static long childOf(String path, String unitPath) {
        if (unitPath.length() <= path.length()) {
            return lastId(path);
        }
        String rest = unitPath.substring(path.length());
        return Long.parseLong(rest.substring(0, rest.indexOf('/')));
    }

    private String unitName(long id) {
        return org.unit(id).name(locale);
    }

    private String taxonomyName(String code) {
        return taxonomy.find(code).map((TaxonomyEntry t) -> t.name(locale)).orElse(code);
    }

    private static Comparator<Group> byCreated() {
        return Comparator.comparingLong((Group g) -> -g.figures().created()).thenComparing(Group::key);
    }

    private List<Group> groups(Function<CellReads.CellRow, String> key, Function<String, String> label,
            Comparator<Group> order) {
        return groups(cells, key, label, order);
    }

    private static List<Group> groups(List<CellReads.CellRow> rows, Function<CellReads.CellRow, String> key,
            Function<String, String> label, Comparator<Group> order) {
        Map<String, Sums> sums = new LinkedHashMap<>();
        for (CellReads.CellRow c : rows) {
            sums.computeIfAbsent(key.apply(c), k -> new Sums()).add(c.sums());
        }
        return sums.entrySet().stream().map(e -> new Group(e.getKey(), label.apply(e.getKey()), e.getValue().figures()))
                .sorted(order).toList();
    }
}
