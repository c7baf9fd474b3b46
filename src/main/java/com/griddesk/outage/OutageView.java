package com.griddesk.outage;

import java.time.Instant;
import java.util.List;

/** An outage event as the API and the pages show it. */
public record OutageView(String number, OutageKind kind, OutageState state, OutageLevel level, boolean suspected,
        String stationCode, String stationName, String substationCode, String substationName, String feederCode,
        String feederName, String areaCode, String areaName, List<String> areas, String cause, Instant plannedStart,
        Instant plannedEnd, Instant ert, Instant announcedRestoration, boolean overrun, Instant announcedAt,
        Boolean compliant, String lateNoticeReason, Instant startedAt, Instant restoredAt, Instant cancelledAt,
        String endNote, String responsibility, Crew crew, Instant firstCallAt, Instant lastCallAt, String splitFrom,
        OutageFigures figures, List<Warning> warnings, int version) {

    public record Crew(String unitCode, String unitName, Long assigneeId, String assigneeName, Instant dispatchedAt,
            Instant arrivedAt) {
    }

    public record Warning(String kind, String audience, Instant firedAt) {
    }
}
