package com.griddesk.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Channel;

/**
 * The demands of the demo history, day by day: volume by type following season, weekday and hour;
 * a few transformer areas that keep failing (for the repeated-problem analysis); and storm days on
 * which the feeders of one station bring a burst of fault calls.
 */
final class DemoScenarios {

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴" };
    private static final int STORM_DAYS_PER_YEAR = 10;

    private final DemoOutcomes outcomes;
    private final DemoRoutes routes;
    private final DemoTexts texts;
    private final DemoStaff staff;
    private final OrgDirectory org;

    DemoScenarios(DemoOutcomes outcomes, DemoRoutes routes, DemoTexts texts, DemoStaff staff, OrgDirectory org) {
        this.outcomes = outcomes;
        this.routes = routes;
        this.texts = texts;
        this.staff = staff;
        this.org = org;
    }

    List<DemoScenario> generate(int target, int days, Instant now, ZoneId zone, List<DemoCustomers.DemoCustomer> customers,
            Random r) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(days - 1L);
        Map<String, List<DemoCustomers.DemoCustomer>> byArea = group(customers, true);
        List<List<DemoCustomers.DemoCustomer>> hotAreas = hotAreas(byArea, r);
        Map<LocalDate, Storm> storms = storms(first, days, customers, target, r);
        int stormCalls = storms.values().stream().mapToInt(Storm::calls).sum();

        double total = 0;
        for (int d = 0; d < days; d++) {
            for (String type : types()) {
                total += share(type) * DemoMix.dayFactor(type, first.plusDays(d), d, days);
            }
        }
        double perUnit = Math.max(0, target - stormCalls) / total;

        List<DemoScenario> scenarios = new ArrayList<>(target + 1000);
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            for (String type : types()) {
                double expected = perUnit * share(type) * DemoMix.dayFactor(type, day, d, days);
                int n = (int) expected + (r.nextDouble() < expected - (int) expected ? 1 : 0);
                Weighted<Integer> hours = DemoMix.hours(type);
                for (int i = 0; i < n; i++) {
                    Instant at = day.atTime(hours.pick(r), r.nextInt(60), r.nextInt(60)).atZone(zone).toInstant();
                    DemoCustomers.DemoCustomer customer = type.equals("FAULT_REPAIR") && r.nextInt(100) < 8
                            ? any(hotAreas.get(r.nextInt(hotAreas.size())), r) : any(customers, r);
                    add(scenarios, type, at, customer, false, now, r);
                }
            }
            Storm storm = storms.get(day);
            if (storm != null) {
                for (int i = 0; i < storm.calls(); i++) {
                    Instant at = day.atTime(storm.startHour(), 0).atZone(zone).toInstant().plusSeconds(r.nextInt(4 * 3600));
                    add(scenarios, "FAULT_REPAIR", at, any(storm.customers(), r), true, now, r);
                }
            }
        }
        scenarios.sort(java.util.Comparator.comparing(DemoScenario::createdAt));
        return scenarios;
    }

    private void add(List<DemoScenario> scenarios, String type, Instant at, DemoCustomers.DemoCustomer customer,
            boolean storm, Instant now, Random r) {
        if (at.isAfter(now)) {
            return;
        }
        String category = storm ? (r.nextInt(100) < 40 ? "FAULT_REPAIR.HIGH_VOLTAGE" : "FAULT_REPAIR.LOW_VOLTAGE")
                : DemoMix.CATEGORIES.containsKey(type) ? DemoMix.CATEGORIES.get(type).pick(r) : null;
        Channel channel = storm ? Channel.PHONE : DemoMix.CHANNELS.get(type).pick(r);
        OrgUnit station = org.unit(customer.premise().stationId());
        Actor agent = channel == Channel.HALL ? routes.hallClerk(station.id(), r) : null;
        if (agent == null) {
            agent = staff.numbered("agent", DemoWorld.AGENTS, r);
        }
        String code = category != null ? category : type;
        DemoOutcomes.Route route = routes.route(code, station.id(), r);
        String description = texts.description(code, customer.premise().street(), r);
        String contactName = r.nextInt(100) < 85 ? customer.name()
                : SURNAMES[r.nextInt(SURNAMES.length)] + (r.nextBoolean() ? "先生" : "女士");
        String phone = r.nextInt(100) < 85 ? customer.phone() : ChineseNames.mobile(r);
        scenarios.add(new DemoScenario(at, customer, station, channel, type, category, description, contactName, phone,
                agent, route.coordinator() == null ? null : route.coordinator().staffId(),
                outcomes.plan(type, category, at, agent, route, storm, r)));
    }

    private static List<String> types() {
        return List.of("FAULT_REPAIR", "CONSULTATION", "COMPLAINT", "OPINION", "SUGGESTION", "PRAISE", "REPORT",
                "SERVICE_REQUEST", "BUSINESS_APPLICATION");
    }

    private static double share(String type) {
        return switch (type) {
            case "FAULT_REPAIR" -> 42;
            case "CONSULTATION" -> 30;
            case "COMPLAINT" -> 5;
            case "OPINION" -> 3.5;
            case "SUGGESTION", "PRAISE" -> 1.5;
            case "REPORT" -> 1;
            case "SERVICE_REQUEST" -> 8;
            default -> 6;
        };
    }

    private static <T> T any(List<T> values, Random r) {
        return values.get(r.nextInt(values.size()));
    }

    private static Map<String, List<DemoCustomers.DemoCustomer>> group(List<DemoCustomers.DemoCustomer> customers,
            boolean byArea) {
        Map<String, List<DemoCustomers.DemoCustomer>> groups = new HashMap<>();
        for (DemoCustomers.DemoCustomer c : customers) {
            String key = byArea ? c.premise().transformerArea() : c.premise().feeder();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        return groups;
    }

    /** Fifteen transformer areas with ageing equipment: their customers call about faults far more often. */
    private static List<List<DemoCustomers.DemoCustomer>> hotAreas(Map<String, List<DemoCustomers.DemoCustomer>> byArea,
            Random r) {
        List<String> areas = new ArrayList<>(new TreeSet<>(byArea.keySet()));
        List<List<DemoCustomers.DemoCustomer>> hot = new ArrayList<>();
        for (int i = 0; i < Math.min(15, areas.size()); i++) {
            hot.add(byArea.get(areas.remove(r.nextInt(areas.size()))));
        }
        return hot;
    }

    record Storm(int startHour, int calls, List<DemoCustomers.DemoCustomer> customers) {
    }

    /** About ten summer storm days a year; each hits one to three feeders of one station. */
    private static Map<LocalDate, Storm> storms(LocalDate first, int days, List<DemoCustomers.DemoCustomer> customers,
            int target, Random r) {
        Map<String, List<DemoCustomers.DemoCustomer>> byFeeder = group(customers, false);
        Map<Long, Set<String>> feedersByStation = new HashMap<>();
        byFeeder.forEach((feeder, list) -> feedersByStation
                .computeIfAbsent(list.get(0).premise().stationId(), k -> new TreeSet<>()).add(feeder));
        List<Long> stations = new ArrayList<>(new TreeSet<>(feedersByStation.keySet()));
        List<LocalDate> summer = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = first.plusDays(d);
            if (day.getMonthValue() >= 5 && day.getMonthValue() <= 9) {
                summer.add(day);
            }
        }
        Map<LocalDate, Storm> storms = new HashMap<>();
        int count = Math.min(summer.size(), Math.round(STORM_DAYS_PER_YEAR * days / 365f));
        double scale = target / 150_000.0;
        while (storms.size() < count) {
            LocalDate day = summer.get(r.nextInt(summer.size()));
            List<String> feeders = new ArrayList<>(feedersByStation.get(stations.get(r.nextInt(stations.size()))));
            List<DemoCustomers.DemoCustomer> hit = new ArrayList<>();
            int n = 1 + r.nextInt(Math.min(3, feeders.size()));
            for (int i = 0; i < n; i++) {
                hit.addAll(byFeeder.get(feeders.remove(r.nextInt(feeders.size()))));
            }
            int calls = (int) Math.max(5, Math.round((120 + r.nextInt(230)) * scale));
            storms.putIfAbsent(day, new Storm(14 + r.nextInt(6), calls, hit));
        }
        return storms;
    }
}
