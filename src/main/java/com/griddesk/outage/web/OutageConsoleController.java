package com.griddesk.outage.web;

import java.util.Locale;

import com.griddesk.intake.Intake;
import com.griddesk.intake.IntakeRequest;
import com.griddesk.intake.IntakeResult;
import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.OutageEvents;
import com.griddesk.workorder.Channel;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The two answers the console's outage card offers: tell the caller (a consultation closed on the
 * call), or take the fault call onto the outage, whose crew is already out.
 */
@Controller
class OutageConsoleController {

    private final Intake intake;
    private final OutageEvents events;
    private final PageActions actions;

    OutageConsoleController(Intake intake, OutageEvents events, PageActions actions) {
        this.intake = intake;
        this.events = events;
        this.actions = actions;
    }

    @PostMapping("/console/outages/{number}/answer")
    String answer(@PathVariable String number, @RequestParam String accountNumber,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
            @RequestParam(required = false) String address, @RequestParam(required = false) String answer,
            @RequestParam String key, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> {
            IntakeResult result = intake.take(new IntakeRequest(Channel.PHONE, "CONSULTATION", "CONSULTATION.OUTAGE_INFO",
                    accountNumber, contactName, contactPhone, address, "询问停电情况（" + number + "）", false,
                    answer == null || answer.isBlank() ? null : answer.strip()), staff, key);
            return "/orders/" + result.number();
        }, "outage.console.answered", number, "/console?account=" + accountNumber, locale, redirect);
    }

    @PostMapping("/console/outages/{number}/attach")
    String attach(@PathVariable String number, @RequestParam String accountNumber,
            @RequestParam(required = false) String contactName, @RequestParam(required = false) String contactPhone,
            @RequestParam(required = false) String address, @RequestParam(required = false) String description,
            @RequestParam String key, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> {
            IntakeResult result = intake.take(new IntakeRequest(Channel.PHONE, "FAULT_REPAIR", null, accountNumber,
                    contactName, contactPhone, address, description, false, null), staff, key);
            events.attachCall(number, result.number(), staff);
            return "/orders/" + result.number();
        }, "outage.console.attached", number, "/console?account=" + accountNumber, locale, redirect);
    }
}
