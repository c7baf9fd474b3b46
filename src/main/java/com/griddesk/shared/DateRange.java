package com.griddesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days from {@code from} to {@code to}, both included, as a report asks for them; {@link #start()}
 * and {@link #end()} bound it as instants (end exclusive) in the company's time zone.
 */
public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

    public DateRange {
        if (from == null || to == null) {
            String field = from == null ? "from" : "to";
            throw DomainException.invalid(field, "validation.NotNull", field);
        }
        if (to.isBefore(from)) {
            throw DomainException.invalid("to", "validation.dateRange");
        }
    }

    public static DateRange of(LocalDate from, LocalDate to, ZoneId zone) {
        return new DateRange(from, to, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
