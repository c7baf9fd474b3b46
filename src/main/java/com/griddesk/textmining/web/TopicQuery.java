package com.griddesk.textmining.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/** The unit (within the caller's scope) and the week of a topics request; the same for page and API. */
record TopicQuery(OrgUnit unit, LocalDate weekStart) {

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");

    static TopicQuery of(String unitCode, String week, CurrentStaff staff, OrgDirectory org, Clock clock) {
        OrgUnit unit = unitCode == null || unitCode.isBlank() ? org.unit(staff.unitId())
                : org.unitByCode(unitCode.strip())
                        .orElseThrow(() -> DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, unitCode));
        if (!staff.sees(unit.path())) {
            throw new DomainException(ProblemCode.OUT_OF_SCOPE);
        }
        return new TopicQuery(unit, weekStart(week, clock));
    }

    /** {@code 2026-W48}, or any date of the week; blank: the current week. */
    static LocalDate weekStart(String week, Clock clock) {
        if (week == null || week.isBlank()) {
            return monday(LocalDate.now(clock));
        }
        Matcher m = ISO_WEEK.matcher(week.strip());
        try {
            if (m.matches()) {
                int w = Integer.parseInt(m.group(2));
                LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
                if (w < 1 || w > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw DomainException.invalid("week", "textmining.validation.week", week);
                }
                return monday(jan4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w);
            }
            return monday(LocalDate.parse(week.strip()));
        }
        catch (DateTimeParseException ex) {
            throw DomainException.invalid("week", "textmining.validation.week", week);
        }
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public String isoWeek() {
        return weekStart.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format("%02d", weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
