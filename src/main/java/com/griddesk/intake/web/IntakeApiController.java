package com.griddesk.intake.web;

import java.net.URI;
import java.util.List;

import com.griddesk.customer.CustomerDirectory;
import com.griddesk.intake.Answered;
import com.griddesk.intake.CallerNotice;
import com.griddesk.intake.Intake;
import com.griddesk.intake.IntakeOutcome;
import com.griddesk.intake.IntakeResult;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.web.WorkOrderView;
import com.griddesk.workorder.web.WorkOrderViews;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Work orders")
class IntakeApiController {

    private final Intake intake;
    private final WorkOrderQueries queries;
    private final WorkOrderViews views;
    private final CustomerDirectory customers;
    private final CallerPanels panels;

    IntakeApiController(Intake intake, WorkOrderQueries queries, WorkOrderViews views, CustomerDirectory customers,
            CallerPanels panels) {
        this.intake = intake;
        this.queries = queries;
        this.views = views;
        this.customers = customers;
        this.panels = panels;
    }

    @PostMapping("/api/v1/work-orders")
    @Operation(summary = "Take a demand: creates a work order (201), or adds a reminder to the caller's open "
            + "order of the same type (200, outcome REMINDER_ADDED) unless insist is true",
            description = "A retried request with the same Idempotency-Key returns the first request's order.")
    ResponseEntity<IntakeResponse> create(@RequestBody CreateWorkOrderRequest body,
            @Parameter(description = "any unique string chosen by the client, at most 200 characters")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, CurrentStaff staff) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new DomainException(ProblemCode.MALFORMED_REQUEST);
        }
        Answered<IntakeResponse> answered = intake.take(body.toRequest(), staff, idempotencyKey,
                result -> answer(result, staff));
        IntakeResult result = answered.result();
        HttpStatus status = result.outcome() == IntakeOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status)
                .location(URI.create("/api/v1/work-orders/" + result.number()));
        if (result.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(answered.answer());
    }

    private IntakeResponse answer(IntakeResult result, CurrentStaff staff) {
        WorkOrder order = queries.get(result.number(), staff);
        List<CallerNotice> notices = order.snapshot().accountNumber() == null ? List.of()
                : customers.byAccountNumber(order.snapshot().accountNumber()).map(c -> panels.notices(c, staff))
                        .orElse(List.of());
        return new IntakeResponse(views.view(order, staff).withOutcome(result.outcome().name()), notices);
    }

    /** The order, and what other modules say about the caller (an outage the call was attached to, …). */
    record IntakeResponse(@JsonUnwrapped WorkOrderView order, List<CallerNotice> notices) {
    }
}
