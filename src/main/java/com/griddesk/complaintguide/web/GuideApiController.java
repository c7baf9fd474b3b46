package com.griddesk.complaintguide.web;

import com.griddesk.complaintguide.ComplaintGuides;
import com.griddesk.complaintguide.Guide;
import com.griddesk.complaintguide.GuideStep;
import com.griddesk.org.CurrentStaff;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Complaint-handling guide")
class GuideApiController {

    private final ComplaintGuides guides;

    GuideApiController(ComplaintGuides guides) {
        this.guides = guides;
    }

    record StepRequest(Boolean done, String note) {
    }

    record View(String orderNumber, java.util.List<Guide.Step> steps, java.util.List<GuideStep> missing) {
        static View of(Guide g) {
            return new View(g.orderNumber(), g.steps(), g.missing());
        }
    }

    @GetMapping("/api/v1/work-orders/{number}/complaint-guide")
    @Operation(summary = "The six steps of the complaint's handling guide, and the mandatory ones still missing")
    View get(@PathVariable String number, CurrentStaff staff) {
        return View.of(guides.of(number, staff));
    }

    @PutMapping("/api/v1/work-orders/{number}/complaint-guide/{step}")
    @Operation(summary = "Check a step (LISTEN, EMPATHISE, ANALYSE, PROPOSE, ACT, FOLLOW_UP) with a note")
    View check(@PathVariable String number, @PathVariable GuideStep step, @RequestBody(required = false) StepRequest body,
            CurrentStaff staff) {
        StepRequest r = body == null ? new StepRequest(null, null) : body;
        return View.of(guides.check(number, step, !Boolean.FALSE.equals(r.done()), r.note(), staff));
    }
}
