package com.griddesk.timelimit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.timelimit.ClockState;
import com.griddesk.workorder.OrderDeadlines;

import org.springframework.stereotype.Service;

/** Each clock as users read it: state and time remaining (negative when overdue), in real time. */
@Service
class ClockViews implements OrderDeadlines {

    private final ClockStore clocks;
    private final OrderProfiles profiles;
    private final Clock clock;

    ClockViews(ClockStore clocks, OrderProfiles profiles, Clock clock) {
        this.clocks = clocks;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public List<Deadline> of(long orderId) {
        Instant now = clock.instant();
        List<ClockRow> all = clocks.ofOrder(orderId);
        int round = profiles.of(orderId).map(OrderProfiles.Stored::round)
                .orElseGet(() -> all.stream().mapToInt(ClockRow::round).max().orElse(1));
        return all.stream().filter(c -> c.round() == round).map(c -> view(c, now)).toList();
    }

    @Override
    public Map<String, Deadline> mostUrgent(Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<String, Deadline> result = new HashMap<>();
        for (ClockRow c : clocks.runningOfOrders(numbers)) {
            result.merge(c.orderNumber(), view(c, now), (a, b) -> a.deadline().isBefore(b.deadline()) ? a : b);
        }
        return result;
    }

    static Deadline view(ClockRow c, Instant now) {
        return new Deadline(c.name().name(), c.startedAt(), c.deadline(), state(c, now).name(), remaining(c, now),
                c.stoppedAt(), c.ruleSetVersion(), c.round());
    }

    static ClockState state(ClockRow c, Instant now) {
        return switch (c.state()) {
            case CANCELLED -> ClockState.CANCELLED;
            case PAUSED -> ClockState.PAUSED;
            case STOPPED -> c.stoppedAt().isAfter(c.deadline()) ? ClockState.BREACHED : ClockState.MET;
            case RUNNING -> now.isAfter(c.deadline()) ? ClockState.BREACHED : ClockState.RUNNING;
        };
    }

    /** Seconds until the deadline; from the moment it stopped or paused for clocks that stand still. */
    static long remaining(ClockRow c, Instant now) {
        Instant reference = c.state() == ClockRow.Stored.RUNNING ? now
                : c.stoppedAt() != null ? c.stoppedAt() : c.pausedAt() != null ? c.pausedAt() : now;
        return Duration.between(reference, c.deadline()).toSeconds();
    }
}
