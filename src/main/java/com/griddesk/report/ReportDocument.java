package com.griddesk.report;

import java.time.Instant;
import java.time.LocalDate;

/** One generated report in the archive (without its files). {@code generatedBy} is null for the schedule. */
public record ReportDocument(long id, ReportKind kind, LocalDate periodStart, LocalDate periodEnd, long unitId,
        String unitName, String title, Instant generatedAt, String generatedBy, long generationMillis) {
}
