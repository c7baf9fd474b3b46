package com.griddesk.quality.web;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.quality.Inspection;
import com.griddesk.quality.Norm;
import com.griddesk.quality.QualityInspections;
import com.griddesk.quality.QualityScores;
import com.griddesk.quality.SampleRule;
import com.griddesk.quality.ScoreSheet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quality")
@Tag(name = "Quality inspection")
class QualityApiController {

    private final QualityInspections inspections;
    private final QualityScores scores;

    QualityApiController(QualityInspections inspections, QualityScores scores) {
        this.inspections = inspections;
        this.scores = scores;
    }

    record SampleRequest(LocalDate from, LocalDate to, SampleRule rule, Integer size) {
    }

    @GetMapping("/norms")
    @Operation(summary = "The service norms inspections score, with their maximum points")
    List<Norm> norms() {
        return inspections.norms();
    }

    @PostMapping("/samples")
    @Operation(summary = "Draw closed orders for inspection: RANDOM, DISSATISFIED, REWORKED or ESCALATED (supervisors)")
    ResponseEntity<List<Inspection>> sample(@RequestBody(required = false) SampleRequest body, CurrentStaff staff) {
        SampleRequest r = body == null ? new SampleRequest(null, null, null, null) : body;
        return ResponseEntity.status(201).body(inspections.sample(r.from(), r.to(), r.rule(), r.size() == null ? 20 : r.size(), staff));
    }

    @GetMapping("/inspections")
    List<Inspection> list(@RequestParam(required = false) String status, CurrentStaff staff) {
        return inspections.list(status, staff);
    }

    @GetMapping("/inspections/{id}")
    Inspection get(@PathVariable long id, CurrentStaff staff) {
        return inspections.get(id, staff);
    }

    @PostMapping("/inspections/{id}/score")
    @Operation(summary = "Score an inspection: points per norm code (0 … its maximum), notes, a comment; not one's own order")
    Inspection score(@PathVariable long id, @RequestBody(required = false) ScoreSheet body, CurrentStaff staff) {
        return inspections.score(id, body == null ? new ScoreSheet(null, null, null) : body, staff);
    }

    @GetMapping("/scores")
    @Operation(summary = "Scored inspections per PERSON (the handler) or per UNIT, for a period (dates inclusive)")
    List<QualityScores.Line> scores(@RequestParam(defaultValue = "PERSON") QualityScores.By by,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentStaff staff) {
        return scores.of(by, from, to, staff);
    }
}
