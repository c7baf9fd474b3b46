package com.griddesk.complaintguide.web;

import java.util.Locale;

import com.griddesk.complaintguide.ComplaintGuides;
import com.griddesk.complaintguide.GuideStep;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Checks a step off from the card: htmx swaps the card (with the problem in it if refused); a plain post goes back to the order. */
@Controller
class GuideController {

    private final ComplaintGuides guides;
    private final GuideCard card;
    private final WorkOrderQueries queries;
    private final ProblemFactory problems;

    GuideController(ComplaintGuides guides, GuideCard card, WorkOrderQueries queries, ProblemFactory problems) {
        this.guides = guides;
        this.card = card;
        this.queries = queries;
        this.problems = problems;
    }

    @PostMapping("/orders/{number}/complaint-guide/{step}")
    String check(@PathVariable String number, @PathVariable GuideStep step, @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String hx,
            CurrentStaff staff, Model model, Locale locale) {
        try {
            guides.check(number, step, done, note, staff);
        }
        catch (DomainException ex) {
            if (hx == null) {
                throw ex;
            }
            model.addAttribute("error", PageError.of(ex, problems, locale));
            model.addAttribute("failedStep", step);
        }
        if (hx == null) {
            return "redirect:/orders/" + number + "#guide-card";
        }
        model.addAttribute("panel", card.data(queries.get(number, staff), staff));
        return "complaintguide/card :: card";
    }
}
