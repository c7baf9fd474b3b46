package com.griddesk.recovery.web;

import java.math.BigDecimal;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.recovery.ApologyChannel;
import com.griddesk.recovery.RemedyKind;
import com.griddesk.recovery.ServiceRecoveries;

import com.griddesk.workorder.web.PanelForms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The recovery card's forms: with htmx the card is swapped in place (with the problem inside it when
 * one was refused), without it the order page is shown again. And the approvers' list of remedies.
 */
@Controller
class RecoveryPageController {

    private final ServiceRecoveries recoveries;
    private final RecoveryCard card;
    private final PanelForms forms;

    RecoveryPageController(ServiceRecoveries recoveries, RecoveryCard card, PanelForms forms) {
        this.recoveries = recoveries;
        this.card = card;
        this.forms = forms;
    }

    @PostMapping("/orders/{number}/recovery/apology")
    String apology(@PathVariable String number, @RequestParam(required = false) ApologyChannel channel,
            @RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String hx,
            CurrentStaff staff, Model model, Locale locale) {
        return answer(number, hx, staff, model, locale, () -> recoveries.apologise(number, channel, note, staff));
    }

    @PostMapping("/orders/{number}/recovery/remedies")
    String remedy(@PathVariable String number, @RequestParam(required = false) RemedyKind kind,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String description,
            @RequestHeader(name = "HX-Request", required = false) String hx, CurrentStaff staff, Model model, Locale locale) {
        return answer(number, hx, staff, model, locale, () -> recoveries.requestRemedy(number, kind, amount, description, staff));
    }

    @PostMapping("/orders/{number}/recovery/remedies/{id}/decide")
    String decide(@PathVariable String number, @PathVariable long id, @RequestParam boolean approve,
            @RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String hx,
            CurrentStaff staff, Model model, Locale locale) {
        return answer(number, hx, staff, model, locale, () -> recoveries.decide(number, id, approve, note, staff));
    }

    @PostMapping("/orders/{number}/recovery/fairness")
    String fairness(@PathVariable String number, @RequestParam(defaultValue = "false") boolean outcome,
            @RequestParam(defaultValue = "false") boolean procedural, @RequestParam(defaultValue = "false") boolean interactional,
            @RequestParam(required = false) String note, @RequestHeader(name = "HX-Request", required = false) String hx,
            CurrentStaff staff, Model model, Locale locale) {
        return answer(number, hx, staff, model, locale,
                () -> recoveries.checkFairness(number, outcome, procedural, interactional, note, staff));
    }

    @GetMapping("/recoveries")
    String pending(CurrentStaff staff, Model model, @RequestHeader(name = "HX-Request", required = false) String hx) {
        model.addAttribute("pending", recoveries.pending(staff));
        return hx != null ? "recovery/pending :: table" : "recovery/pending";
    }

    private String answer(String number, String hx, CurrentStaff staff, Model model, Locale locale, Runnable change) {
        return forms.answer(number, card, "recovery-card", hx, staff, model, locale, change);
    }
}
