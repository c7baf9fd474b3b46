package com.griddesk.analytics;

import java.time.LocalDate;

import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.Channel;

/**
 * What a dashboard, the API or a report asks for: the orders created from {@code from} to {@code to}
 * (local dates in the hotline zone, both included), grouped by {@code granularity} for the trend,
 * within {@code scopePath} (the unit path prefix the asker may see — {@link CurrentStaff#scopePath()}
 * for a user, the bureau's path for a scheduled report), optionally narrowed to one unit and the
 * units below it ({@code unitId}, which must lie inside the scope), one top-level type and one
 * channel.
 */
public record IndicatorQuery(LocalDate from, LocalDate to, Granularity granularity, String scopePath, Long unitId,
        String typeCode, Channel channel) {

    public IndicatorQuery {
        granularity = granularity != null ? granularity : Granularity.DAY;
        typeCode = typeCode == null || typeCode.isBlank() ? null : typeCode;
    }

    /** The query as the given member of staff may ask it: their own unit and everything below. */
    public static IndicatorQuery of(CurrentStaff staff, LocalDate from, LocalDate to, Granularity granularity) {
        return new IndicatorQuery(from, to, granularity, staff.scopePath(), null, null, null);
    }

    public IndicatorQuery withUnit(Long unit) {
        return new IndicatorQuery(from, to, granularity, scopePath, unit, typeCode, channel);
    }

    public IndicatorQuery withType(String type) {
        return new IndicatorQuery(from, to, granularity, scopePath, unitId, type, channel);
    }

    public IndicatorQuery withChannel(Channel c) {
        return new IndicatorQuery(from, to, granularity, scopePath, unitId, typeCode, c);
    }
}
