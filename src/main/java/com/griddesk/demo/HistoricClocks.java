package com.griddesk.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;
import com.griddesk.timelimit.OrderProfile;
import com.griddesk.timelimit.RuleSet;
import com.griddesk.timelimit.TimeRule;
import com.griddesk.timelimit.WorkingCalendar;
import com.griddesk.workorder.TimelineEntry;

/**
 * The clocks a finished demo order ran, replayed from its timeline with the rule set of its day:
 * when each started, its deadline, when it stopped. They start and stop on the same actions as the
 * time-limit module's clock keeper does for live orders.
 */
final class HistoricClocks {

    record Clock(ClockName name, int ruleSetVersion, int amount, LimitUnit unit, long budgetSeconds, Instant startedAt,
            Instant deadline, Instant stoppedAt, boolean cancelled) {

        boolean breached() {
            return !cancelled && stoppedAt.isAfter(deadline);
        }
    }

    private static final Set<ClockName> AT_CREATION = Set.of(ClockName.DISPATCH, ClockName.CONTACT, ClockName.ARRIVE,
            ClockName.REPLY);

    private final WorkingCalendar calendar;

    HistoricClocks(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    List<Clock> replay(RuleSet ruleSet, OrderProfile profile, List<TimelineEntry> timeline) {
        Map<ClockName, TimeRule> ruled = ruleSet.clocksFor(profile);
        Map<ClockName, Clock> clocks = new EnumMap<>(ClockName.class);
        for (TimelineEntry e : timeline) {
            Instant at = e.at();
            switch (e.action()) {
                case "CREATED" -> AT_CREATION.forEach(n -> start(clocks, ruled, ruleSet, n, at));
                case "DISPATCHED", "REDISPATCHED" -> {
                    stop(clocks, at, ClockName.DISPATCH);
                    start(clocks, ruled, ruleSet, ClockName.ACCEPT, at);
                }
                case "ACCEPTED" -> stop(clocks, at, ClockName.ACCEPT);
                case "CUSTOMER_CONTACTED" -> stop(clocks, at, ClockName.CONTACT);
                case "CHECKED_IN" -> {
                    stop(clocks, at, ClockName.ARRIVE);
                    start(clocks, ruled, ruleSet, ClockName.RESTORE, at);
                }
                case "RESOLVED" -> {
                    stop(clocks, at, ClockName.DISPATCH, ClockName.ACCEPT, ClockName.CONTACT, ClockName.ARRIVE,
                            ClockName.RESTORE, ClockName.REPLY);
                    start(clocks, ruled, ruleSet, ClockName.CALLBACK, at);
                }
                case "CLOSED", "ANSWERED_ON_FIRST_CONTACT" -> stop(clocks, at, ClockName.values());
                case "CANCELLED", "MERGED" -> cancel(clocks, at, ClockName.values());
                case "REOPENED" -> cancel(clocks, at, ClockName.CALLBACK);
                default -> {
                }
            }
        }
        return new ArrayList<>(clocks.values());
    }

    /** Like the clock keeper: a clock of a kind starts once per order, if the rule set has it. */
    private void start(Map<ClockName, Clock> clocks, Map<ClockName, TimeRule> ruled, RuleSet ruleSet, ClockName name,
            Instant at) {
        TimeRule rule = ruled.get(name);
        if (rule == null || clocks.containsKey(name)) {
            return;
        }
        clocks.put(name, new Clock(name, ruleSet.version(), rule.amount(), rule.unit(),
                WorkingCalendar.budget(rule.amount(), rule.unit()).toSeconds(), at,
                calendar.deadline(at, rule.amount(), rule.unit()), null, false));
    }

    private static void stop(Map<ClockName, Clock> clocks, Instant at, ClockName... names) {
        for (ClockName n : names) {
            clocks.computeIfPresent(n, (k, c) -> c.stoppedAt() != null ? c
                    : new Clock(c.name(), c.ruleSetVersion(), c.amount(), c.unit(), c.budgetSeconds(), c.startedAt(),
                            c.deadline(), at, false));
        }
    }

    private static void cancel(Map<ClockName, Clock> clocks, Instant at, ClockName... names) {
        for (ClockName n : names) {
            clocks.computeIfPresent(n, (k, c) -> c.stoppedAt() != null ? c
                    : new Clock(c.name(), c.ruleSetVersion(), c.amount(), c.unit(), c.budgetSeconds(), c.startedAt(),
                            c.deadline(), at, true));
        }
    }
}
