package com.griddesk.outage;

import java.util.Set;

/**
 * Where an event cuts power: the station that looks after it, the substation and feeder, and the
 * transformer areas (one {@code areaCode} for an area-level event).
 */
public record GridScope(long stationId, String unitPath, String substationCode, String feederCode, String areaCode,
        OutageLevel level, Set<String> areas) {

    public GridScope {
        areas = Set.copyOf(areas);
    }
}
