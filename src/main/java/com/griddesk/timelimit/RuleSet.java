package com.griddesk.timelimit;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A versioned set of time rules, in force from its effective date until a later version starts. */
public record RuleSet(int version, String name, Instant effectiveFrom, boolean published, List<TimeRule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /** For each clock, the most specific rule matching the order. */
    public Map<ClockName, TimeRule> clocksFor(OrderProfile order) {
        Map<ClockName, TimeRule> chosen = new EnumMap<>(ClockName.class);
        rules.stream()
                .filter(r -> r.matches(order))
                .sorted(Comparator.comparingInt(TimeRule::specificity).reversed()
                        .thenComparing(r -> r.id() == null ? Long.MAX_VALUE : r.id()))
                .forEach(r -> chosen.putIfAbsent(r.clock(), r));
        return chosen;
    }
}
