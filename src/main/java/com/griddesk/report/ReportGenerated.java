package com.griddesk.report;

import java.time.Instant;

/** A report document was generated (once per kind, period and unit). */
public record ReportGenerated(long reportId, ReportKind kind, String unitPath, java.time.LocalDate periodStart, Instant at) {
}
