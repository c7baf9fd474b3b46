package com.griddesk.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.griddesk.analytics.Indicator;
import com.griddesk.org.CurrentStaff;
import com.griddesk.report.ReportContent;
import com.griddesk.report.ReportDocument;
import com.griddesk.report.ReportKind;
import com.griddesk.report.Reports;
import com.griddesk.report.internal.SubscriptionStore.Subscription;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    record Detail(ReportDocument document, ReportContent content) {
    }

    record GenerateRequest(ReportKind kind, LocalDate day, Long unitId) {
    }

    record SubscribeRequest(String email) {
    }

    record WeightsRequest(Map<Indicator, Integer> weights) {
    }

    @GetMapping
    @Operation(summary = "The archive: documents of the caller's units, newest period first; filter kind")
    List<ReportDocument> list(@RequestParam(required = false) ReportKind kind, CurrentStaff staff) {
        return reports.archive(kind, staff);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document with its sections")
    Detail get(@PathVariable long id, CurrentStaff staff) {
        return new Detail(reports.get(id, staff), reports.content(id, staff));
    }

    @GetMapping("/{id}.pdf")
    @Operation(summary = "The document as PDF (Chinese font embedded)")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentStaff staff) {
        return ReportFiles.download(reports, id, Reports.Format.PDF, staff);
    }

    @GetMapping("/{id}.xlsx")
    @Operation(summary = "The document as an Excel workbook")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentStaff staff) {
        return ReportFiles.download(reports, id, Reports.Format.XLSX, staff);
    }

    @PostMapping
    @Operation(summary = "Generate the report of an ended period (supervisors); an existing document is answered with 200")
    ResponseEntity<ReportDocument> generate(@RequestBody(required = false) GenerateRequest body, CurrentStaff staff) {
        GenerateRequest r = body == null ? new GenerateRequest(null, null, null) : body;
        Reports.Generated g = reports.generate(r.kind(), r.day(), r.unitId(), staff);
        return ResponseEntity.status(g.created() ? 201 : 200).header("Location", "/api/v1/reports/" + g.document().id())
                .body(g.document());
    }

    @GetMapping("/subscriptions")
    List<Subscription> subscriptions(CurrentStaff staff) {
        return reports.subscriptions(staff);
    }

    @PutMapping("/subscriptions/{kind}")
    @Operation(summary = "Receive this kind of report by e-mail (a link to the document) at the given address")
    List<Subscription> subscribe(@PathVariable ReportKind kind, @RequestBody(required = false) SubscribeRequest body,
            CurrentStaff staff) {
        return reports.subscribe(kind, body == null ? null : body.email(), staff);
    }

    @DeleteMapping("/subscriptions/{kind}")
    List<Subscription> unsubscribe(@PathVariable ReportKind kind, CurrentStaff staff) {
        return reports.unsubscribe(kind, staff);
    }

    @GetMapping("/weights")
    @Operation(summary = "The monthly assessment's indicator weights (percent, summing to 100)")
    Map<Indicator, Integer> weights() {
        return reports.weights();
    }

    @PutMapping("/weights")
    @Operation(summary = "Replace the weights (administrators); 422 unless they sum to 100")
    Map<Indicator, Integer> saveWeights(@RequestBody(required = false) WeightsRequest body, CurrentStaff staff) {
        return reports.saveWeights(body == null ? null : body.weights(), staff);
    }
}
