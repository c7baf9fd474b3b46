package com.griddesk.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import com.griddesk.analytics.Granularity;
import com.griddesk.analytics.IndicatorQuery;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.Channel;

/**
 * The filters of the dashboard and the API as they arrive (unit as its code), turned into the
 * query the asker may make: by default the last 30 days by day, in the asker's own units.
 */
record AnalyticsRequest(LocalDate from, LocalDate to, Granularity granularity, String unit, String type,
        Channel channel) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Set<Role> VIEWERS = EnumSet.of(Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN, Role.DISPATCHER);

    IndicatorQuery toQuery(CurrentStaff staff, OrgDirectory org, Clock clock) {
        if (!staff.hasAny(VIEWERS)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(ZONE));
        LocalDate first = from != null ? from : last.minusDays(29);
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            unitId = org.unitByCode(unit.strip()).filter(u -> staff.sees(u.path()))
                    .orElseThrow(() -> DomainException.notFound(ProblemCode.UNIT_NOT_FOUND, unit)).id();
        }
        return new IndicatorQuery(first, last, granularity, staff.scopePath(), unitId, type, channel);
    }
}
