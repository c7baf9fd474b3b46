package com.griddesk.callback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.griddesk.callback.CallbackResult;
import com.griddesk.callback.CallbackStats;
import com.griddesk.callback.Callbacks;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.web.PanelForms;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The callback queue, the callback card's form, and what the callbacks say (reworks per unit, satisfaction). */
@Controller
class CallbackPageController {

    private final CallbackQueue queue;
    private final Callbacks callbacks;
    private final CallbackStats stats;
    private final CallbackCard card;
    private final PanelForms forms;
    private final OrgDirectory org;
    private final Clock clock;

    CallbackPageController(CallbackQueue queue, Callbacks callbacks, CallbackStats stats, CallbackCard card,
            PanelForms forms, OrgDirectory org, Clock clock) {
        this.queue = queue;
        this.callbacks = callbacks;
        this.stats = stats;
        this.card = card;
        this.forms = forms;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/callbacks")
    String queue(CurrentStaff staff, Model model, @RequestHeader(name = "HX-Request", required = false) String hx) {
        model.addAttribute("rows", queue.of(staff));
        model.addAttribute("org", org);
        return hx != null ? "callback/queue :: table" : "callback/queue";
    }

    @PostMapping("/callbacks/{number}/attempts")
    String record(@PathVariable String number, @RequestParam(required = false) Boolean reached,
            @RequestParam(required = false) Boolean solved, @RequestParam(required = false) Satisfaction satisfaction,
            @RequestParam(required = false) String comment, @RequestHeader(name = "HX-Request", required = false) String hx,
            CurrentStaff staff, Model model, Locale locale) {
        return forms.answer(number, card, "callback-card", hx, staff, model, locale,
                () -> callbacks.record(number, new CallbackResult(reached, solved, satisfaction, comment), staff));
    }

    @GetMapping("/callbacks/stats")
    String stats(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentStaff staff, Model model, @RequestHeader(name = "HX-Request", required = false) String hx) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(CallbackStats.ZONE_ID));
        LocalDate start = from != null ? from : end.minusDays(29);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("reworks", stats.reworksByUnit(start, end, staff));
        model.addAttribute("groups", stats.satisfaction(start, end, staff));
        model.addAttribute("satisfactions", Satisfaction.values());
        return hx != null ? "callback/stats :: report" : "callback/stats";
    }
}
