package com.griddesk.report;

import java.time.LocalDate;

/** The days a report covers, both included. */
public record ReportPeriod(LocalDate start, LocalDate end) {

    public ReportPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a report period runs forward");
        }
    }
}
