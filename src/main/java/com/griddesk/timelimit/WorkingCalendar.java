package com.griddesk.timelimit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Working-time arithmetic over the Chinese calendar. Working time passes only on working days
 * (Monday–Friday unless a holiday, plus make-up days), 24 hours each, keeping the time of day: a
 * complaint received on Friday 10:00 with 4 working days is due at 10:00 on the fourth working
 * day after. Time received on a non-working day starts at the next working day's midnight.
 */
public final class WorkingCalendar {

    private static final Duration DAY = Duration.ofDays(1);

    private final Map<LocalDate, DayKind> exceptions;
    private final ZoneId zone;

    public WorkingCalendar(Map<LocalDate, DayKind> exceptions, ZoneId zone) {
        this.exceptions = Map.copyOf(exceptions);
        this.zone = zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant at which {@code workingTime} of working time has passed after {@code start}. */
    public Instant addWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("negative working time");
        }
        ZonedDateTime t = start.atZone(zone);
        Duration left = workingTime;
        // guard against a calendar with no working days at all
        for (int days = 0; days < 20_000; days++) {
            LocalDate day = t.toLocalDate();
            ZonedDateTime nextMidnight = day.plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(day)) {
                Duration restOfDay = Duration.between(t, nextMidnight);
                if (left.compareTo(restOfDay) <= 0) {
                    return t.plus(left).toInstant();
                }
                left = left.minus(restOfDay);
            }
            t = nextMidnight;
        }
        throw new IllegalStateException("no working days in the calendar");
    }

    /** Working time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        ZonedDateTime t = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        while (t.isBefore(end)) {
            LocalDate day = t.toLocalDate();
            ZonedDateTime nextMidnight = day.plusDays(1).atStartOfDay(zone);
            ZonedDateTime stop = nextMidnight.isBefore(end) ? nextMidnight : end;
            if (isWorkingDay(day)) {
                total = total.plus(Duration.between(t, stop));
            }
            t = stop;
        }
        return total;
    }

    /** The deadline of a limit started at {@code start}. */
    public Instant deadline(Instant start, long amount, LimitUnit unit) {
        return switch (unit) {
            case MINUTES -> start.plus(Duration.ofMinutes(amount));
            case HOURS -> start.plus(Duration.ofHours(amount));
            case CALENDAR_DAYS -> start.atZone(zone).plusDays(amount).toInstant();
            case WORKING_DAYS -> addWorkingTime(start, DAY.multipliedBy(amount));
        };
    }

    /** How much of a limit's own kind of time has passed between two instants. */
    public Duration elapsed(Instant from, Instant to, LimitUnit unit) {
        return unit == LimitUnit.WORKING_DAYS ? workingTimeBetween(from, to)
                : to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    /** The instant at which {@code time} of the limit's kind of time has passed after {@code from}. */
    public Instant advance(Instant from, Duration time, LimitUnit unit) {
        return unit == LimitUnit.WORKING_DAYS ? addWorkingTime(from, time) : from.plus(time);
    }

    /** The total time a limit grants, in its own kind of time. */
    public static Duration budget(long amount, LimitUnit unit) {
        return switch (unit) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            case CALENDAR_DAYS, WORKING_DAYS -> DAY.multipliedBy(amount);
        };
    }
}
