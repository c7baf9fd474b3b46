package com.griddesk.recovery.web;

import java.math.BigDecimal;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.recovery.ApologyChannel;
import com.griddesk.recovery.PendingRemedy;
import com.griddesk.recovery.RemedyKind;
import com.griddesk.recovery.ServiceRecoveries;
import com.griddesk.recovery.ServiceRecovery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Service recovery")
class RecoveryApiController {

    private final ServiceRecoveries recoveries;

    RecoveryApiController(ServiceRecoveries recoveries) {
        this.recoveries = recoveries;
    }

    record View(String orderNumber, boolean complete, List<String> missing, Object apology, Object remedies, Object fairness) {
        static View of(ServiceRecovery r) {
            return new View(r.orderNumber(), r.complete(), r.missing(), r.apology(), r.remedies(), r.fairness());
        }
    }

    record ApologyRequest(ApologyChannel channel, String note) {
    }

    record RemedyRequest(RemedyKind kind, BigDecimal amount, String description) {
    }

    record DecisionRequest(String note) {
    }

    record FairnessRequest(Boolean outcome, Boolean procedural, Boolean interactional, String note) {
    }

    @GetMapping("/api/v1/work-orders/{number}/recovery")
    @Operation(summary = "The order's service recovery record and what it still misses")
    View get(@PathVariable String number, CurrentStaff staff) {
        return View.of(recoveries.of(number, staff));
    }

    @PutMapping("/api/v1/work-orders/{number}/recovery/apology")
    View apology(@PathVariable String number, @RequestBody(required = false) ApologyRequest body, CurrentStaff staff) {
        ApologyRequest r = body == null ? new ApologyRequest(null, null) : body;
        return View.of(recoveries.apologise(number, r.channel(), r.note(), staff));
    }

    @PostMapping("/api/v1/work-orders/{number}/recovery/remedies")
    @Operation(summary = "Ask for a remedy (compensation, fee refund, expedited service); above the limit a supervisor approves")
    ResponseEntity<View> remedy(@PathVariable String number, @RequestBody(required = false) RemedyRequest body,
            CurrentStaff staff) {
        RemedyRequest r = body == null ? new RemedyRequest(null, null, null) : body;
        return ResponseEntity.status(201).body(View.of(recoveries.requestRemedy(number, r.kind(), r.amount(), r.description(), staff)));
    }

    @PostMapping("/api/v1/work-orders/{number}/recovery/remedies/{id}/approve")
    @Operation(summary = "Approve a remedy: not the requester; above the limit only a supervisor")
    View approve(@PathVariable String number, @PathVariable long id, @RequestBody(required = false) DecisionRequest body,
            CurrentStaff staff) {
        return View.of(recoveries.decide(number, id, true, body == null ? null : body.note(), staff));
    }

    @PostMapping("/api/v1/work-orders/{number}/recovery/remedies/{id}/reject")
    View reject(@PathVariable String number, @PathVariable long id, @RequestBody(required = false) DecisionRequest body,
            CurrentStaff staff) {
        return View.of(recoveries.decide(number, id, false, body == null ? null : body.note(), staff));
    }

    @PutMapping("/api/v1/work-orders/{number}/recovery/fairness")
    @Operation(summary = "Outcome, procedural and interactional fairness checks (source document 002)")
    View fairness(@PathVariable String number, @RequestBody(required = false) FairnessRequest body, CurrentStaff staff) {
        FairnessRequest r = body == null ? new FairnessRequest(null, null, null, null) : body;
        return View.of(recoveries.checkFairness(number, Boolean.TRUE.equals(r.outcome()), Boolean.TRUE.equals(r.procedural()),
                Boolean.TRUE.equals(r.interactional()), r.note(), staff));
    }

    @GetMapping("/api/v1/recoveries/pending")
    @Operation(summary = "Remedies waiting for a decision in the caller's units, oldest first")
    List<PendingRemedy> pending(CurrentStaff staff) {
        return recoveries.pending(staff);
    }
}
