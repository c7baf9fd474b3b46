package com.griddesk.analytics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.griddesk.analytics.IndicatorReport;
import com.griddesk.analytics.IndicatorReport.Group;
import com.griddesk.analytics.IndicatorReport.HeatCell;

/**
 * What the dashboard's ECharts draw, with the drill-down parameters of every bar, point and cell
 * (the page's script turns a click into a request for the orders behind it).
 */
final class DashboardCharts {

    static final int PARETO_CATEGORIES = 15;
    static final int HEAT_CATEGORIES = 12;
    static final int RANKED_UNITS = 20;

    private DashboardCharts() {
    }

    static Map<String, Object> of(IndicatorReport r, long queriedUnitId) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("trend", series(r.trend(), g -> Map.of("indicator", "VOLUME", "period", g.key())));
        charts.put("pareto", pareto(r.byCategory()));
        charts.put("units", series(r.byUnit().stream().limit(RANKED_UNITS).toList(),
                g -> Long.parseLong(g.key()) == queriedUnitId ? Map.of("indicator", "VOLUME", "ownUnit", g.key())
                        : Map.of("indicator", "VOLUME", "sliceUnit", g.key())));
        charts.put("rootCauses", series(r.rootCauses(), g -> Map.of("indicator", "AVERAGE_HANDLING_TIME", "rootCause", g.key()),
                g -> g.figures().resolved()));
        charts.put("heat", heat(r.heat()));
        List<Map<String, Object>> ageing = new ArrayList<>();
        r.backlogAgeing().forEach(b -> ageing.add(Map.of("key", b.key(), "value", b.orders(),
                "drill", Map.of("indicator", "OPEN_BACKLOG", "age", b.key()))));
        charts.put("ageing", ageing);
        return charts;
    }

    private static List<Map<String, Object>> series(List<Group> groups,
            java.util.function.Function<Group, Map<String, String>> drill) {
        return series(groups, drill, g -> g.figures().created());
    }

    private static List<Map<String, Object>> series(List<Group> groups,
            java.util.function.Function<Group, Map<String, String>> drill, java.util.function.ToLongFunction<Group> value) {
        return groups.stream().map(g -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", g.label());
            m.put("value", value.applyAsLong(g));
            m.put("open", g.figures().open());
            m.put("drill", drill.apply(g));
            return m;
        }).collect(Collectors.toList());
    }

    /** The categories, largest first, with the cumulative share ("which kind is worst"). */
    private static List<Map<String, Object>> pareto(List<Group> byCategory) {
        long total = byCategory.stream().mapToLong(g -> g.figures().created()).sum();
        long running = 0;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Group g : byCategory.stream().limit(PARETO_CATEGORIES).toList()) {
            running += g.figures().created();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", g.label());
            m.put("value", g.figures().created());
            m.put("cumulative", total == 0 ? 0 : Math.round(running * 1000.0 / total) / 10.0);
            m.put("drill", Map.of("indicator", "VOLUME", "category", g.key()));
            out.add(m);
        }
        return out;
    }

    /** Stations × the most frequent categories. */
    private static Map<String, Object> heat(List<HeatCell> cells) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, String> categoryNames = new LinkedHashMap<>();
        Map<Long, String> stations = new LinkedHashMap<>();
        for (HeatCell c : cells) {
            byCategory.merge(c.categoryCode(), c.orders(), Long::sum);
            categoryNames.put(c.categoryCode(), c.category());
            stations.put(c.stationId(), c.station());
        }
        List<String> categories = byCategory.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(HEAT_CATEGORIES).map(Map.Entry::getKey).toList();
        List<Long> stationIds = new ArrayList<>(stations.keySet());
        List<List<Object>> data = new ArrayList<>();
        List<Map<String, String>> drills = new ArrayList<>();
        for (HeatCell c : cells) {
            int x = categories.indexOf(c.categoryCode());
            if (x >= 0) {
                data.add(List.of(x, stationIds.indexOf(c.stationId()), c.orders()));
                drills.add(Map.of("indicator", "VOLUME", "sliceUnit", String.valueOf(c.stationId()), "category",
                        c.categoryCode()));
            }
        }
        Map<String, Object> heat = new LinkedHashMap<>();
        heat.put("categories", categories.stream().map(categoryNames::get).toList());
        heat.put("stations", stationIds.stream().map(stations::get).toList());
        heat.put("data", data);
        heat.put("drill", drills);
        heat.put("max", cells.stream().mapToLong(HeatCell::orders).max().orElse(1));
        return heat;
    }
}
