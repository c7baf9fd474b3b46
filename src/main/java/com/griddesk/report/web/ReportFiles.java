package com.griddesk.report.web;

import java.nio.charset.StandardCharsets;

import com.griddesk.org.CurrentStaff;
import com.griddesk.report.ReportDocument;
import com.griddesk.report.Reports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document's file as a download named after its kind, unit and period. */
final class ReportFiles {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportFiles() {
    }

    static ResponseEntity<byte[]> download(Reports reports, long id, Reports.Format format, CurrentStaff staff) {
        ReportDocument d = reports.get(id, staff);
        byte[] bytes = reports.file(id, format, staff);
        String name = d.title() + (format == Reports.Format.PDF ? ".pdf" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(format == Reports.Format.PDF ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }
}
