package com.griddesk.complaintguide.web;

import java.util.Locale;

import com.griddesk.complaintguide.ComplaintGuides;
import com.griddesk.complaintguide.GuideStep;
import com.griddesk.org.CurrentStaff;

import com.griddesk.workorder.web.PanelForms;

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
    private final PanelForms forms;

    GuideController(ComplaintGuides guides, GuideCard card, PanelForms forms) {
        this.guides = guides;
        this.card = card;
        this.forms = forms;
    }

    @PostMapping("/orders/{number}/complaint-guide/{step}")
    String check(@PathVariable String number, @PathVariable GuideStep step, @RequestParam(defaultValue = "false") boolean done,
            @RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String hx,
            CurrentStaff staff, Model model, Locale locale) {
        return forms.answer(number, card, "guide-card", hx, staff, model, locale,
                () -> guides.check(number, step, done, note, staff));
    }
}
