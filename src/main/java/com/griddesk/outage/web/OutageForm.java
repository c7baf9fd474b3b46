package com.griddesk.outage.web;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import com.griddesk.outage.OutageEvents;
import com.griddesk.outage.OutageKind;

import org.springframework.format.annotation.DateTimeFormat;

/** What a dispatcher types to publish a planned outage or report a fault; turns into the command. */
public class OutageForm {

    private OutageKind kind = OutageKind.PLANNED;
    private String feederCode;
    private String areaCodes;
    private String cause;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime plannedStart;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime plannedEnd;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime ert;
    private String lateNoticeReason;

    /** Areas separated by commas, spaces or new lines. */
    List<String> areas() {
        return areaCodes == null || areaCodes.isBlank() ? List.of()
                : Arrays.stream(areaCodes.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    OutageEvents.Announcement announcement() {
        return new OutageEvents.Announcement(kind, feederCode, areas(), cause, PageTimes.instant(plannedStart),
                PageTimes.instant(plannedEnd), lateNoticeReason);
    }

    OutageEvents.FaultReport fault() {
        return new OutageEvents.FaultReport(feederCode, areas(), cause, PageTimes.instant(ert));
    }

    public OutageKind getKind() { return kind; }
    public void setKind(OutageKind kind) { this.kind = kind; }
    public String getFeederCode() { return feederCode; }
    public void setFeederCode(String feederCode) { this.feederCode = feederCode; }
    public String getAreaCodes() { return areaCodes; }
    public void setAreaCodes(String areaCodes) { this.areaCodes = areaCodes; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public LocalDateTime getPlannedStart() { return plannedStart; }
    public void setPlannedStart(LocalDateTime plannedStart) { this.plannedStart = plannedStart; }
    public LocalDateTime getPlannedEnd() { return plannedEnd; }
    public void setPlannedEnd(LocalDateTime plannedEnd) { this.plannedEnd = plannedEnd; }
    public LocalDateTime getErt() { return ert; }
    public void setErt(LocalDateTime ert) { this.ert = ert; }
    public String getLateNoticeReason() { return lateNoticeReason; }
    public void setLateNoticeReason(String lateNoticeReason) { this.lateNoticeReason = lateNoticeReason; }
}
