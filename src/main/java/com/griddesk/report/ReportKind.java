package com.griddesk.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** 日报, 周报, 月度考核: each covers one period, and the latest complete one is generated on schedule. */
public enum ReportKind {
    DAILY, WEEKLY, MONTHLY;

    /** The period of this kind that contains the day. */
    public ReportPeriod containing(LocalDate day) {
        return switch (this) {
            case DAILY -> new ReportPeriod(day, day);
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(monday, monday.plusDays(6));
            }
            case MONTHLY -> new ReportPeriod(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }

    /** The latest period of this kind that has ended before {@code today}. */
    public ReportPeriod latestComplete(LocalDate today) {
        return switch (this) {
            case DAILY -> containing(today.minusDays(1));
            case WEEKLY -> containing(today.minusWeeks(1));
            case MONTHLY -> containing(today.minusMonths(1));
        };
    }

    /** The period of the same length just before. */
    public ReportPeriod previous(ReportPeriod period) {
        return containing(period.start().minusDays(1));
    }
}
