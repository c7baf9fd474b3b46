package com.griddesk.outage;

import java.time.Instant;

/** Every stored field of an outage event. */
public record OutageSnapshot(Long id, String number, OutageKind kind, OutageState state, OutageLevel level,
        boolean suspected, long stationId, String unitPath, String substationCode, String feederCode, String areaCode,
        Long customerId, String cause, Instant plannedStart, Instant plannedEnd, Instant ert, Instant announcedAt,
        Boolean compliant, String lateNoticeReason, Instant startedAt, Instant restoredAt, Instant cancelledAt,
        String endNote, String responsibility, Long crewUnitId, Long crewAssigneeId, Instant crewDispatchedAt,
        Instant crewArrivedAt,
        Instant firstCallAt, Instant lastCallAt, String splitFrom, long createdBy, Instant createdAt, Instant updatedAt,
        int version) {

    /** When customers are (or will be) told power comes back: the planned end, else the estimate. */
    public Instant announcedRestoration() {
        return kind.announced() ? plannedEnd : ert;
    }
}
