package com.griddesk.outage.web;

import java.time.Instant;
import java.util.List;

import com.griddesk.outage.OutageEvents;
import com.griddesk.outage.OutageKind;
import com.griddesk.workorder.Responsibility;

import io.swagger.v3.oas.annotations.media.Schema;

/** The JSON bodies of the outage API. */
final class OutageRequests {

    private OutageRequests() {
    }

    record Create(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "PLANNED, TEMPORARY or FAULT") OutageKind kind,
            @Schema(description = "the whole feeder, unless areaCodes names some of its transformer areas") String feederCode,
            List<String> areaCodes,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cause,
            @Schema(description = "planned and temporary outages") Instant plannedStart,
            @Schema(description = "planned and temporary outages: the announced restoration") Instant plannedEnd,
            @Schema(description = "why a planned outage could not be announced 7 days ahead (24 h for temporary); "
                    + "without it a late announcement is refused, with it the outage is published as non-compliant")
            String lateNoticeReason,
            @Schema(description = "faults: estimated restoration time") Instant ert) {

        OutageEvents.Announcement announcement() {
            return new OutageEvents.Announcement(kind, feederCode, areaCodes, cause, plannedStart, plannedEnd,
                    lateNoticeReason);
        }

        OutageEvents.FaultReport fault() {
            return new OutageEvents.FaultReport(feederCode, areaCodes, cause, ert);
        }
    }

    record Restore(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String note,
            @Schema(description = "root-cause code (GET /api/v1/root-causes) the attached fault orders are resolved "
                    + "with; required for faults") String rootCause,
            @Schema(description = "who caused the outage; default: the root cause's") Responsibility responsibility) {
    }

    record Reason(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
    }

    record Confirm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cause, Instant ert) {
    }

    record Split(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> areaCodes) {
    }

    record Estimate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant ert) {
    }

    record Crew(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String unitCode, Long assigneeId) {
    }

    record Attach(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String orderNumber) {
    }
}
