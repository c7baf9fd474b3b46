package com.griddesk.analytics.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.griddesk.timelimit.ClockName;

/**
 * The measure columns of analytics_order, analytics_daily and analytics_monthly, in table order:
 * per order 0/1 (handling seconds), summed in the rollup cells.
 */
enum Measure {
    CREATED, FIRST_CONTACT, COMPLAINTS, REPEAT_COMPLAINTS, REMINDED, RETURNED, RESOLVED, HANDLING_SECONDS, RATED,
    SATISFIED, OPEN, OVERDUE,
    STOPPED_DISPATCH, MET_DISPATCH, STOPPED_ACCEPT, MET_ACCEPT, STOPPED_CONTACT, MET_CONTACT, STOPPED_ARRIVE, MET_ARRIVE,
    STOPPED_RESTORE, MET_RESTORE, STOPPED_REPLY, MET_REPLY, STOPPED_CALLBACK, MET_CALLBACK, STOPPED_SUPERVISION,
    MET_SUPERVISION;

    static final int COUNT = values().length;
    static final List<Measure> ALL = List.of(values());

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Measure stopped(ClockName clock) {
        return valueOf("STOPPED_" + clock.name());
    }

    static Measure met(ClockName clock) {
        return valueOf("MET_" + clock.name());
    }

    /** "created, first_contact, …" with an optional prefix per column ("sum(" … ")"). */
    static String columns(String before, String after) {
        return Arrays.stream(values()).map(m -> before + m.column() + after).collect(Collectors.joining(", "));
    }
}
