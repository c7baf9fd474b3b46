package com.griddesk.outage.web;

import java.time.LocalDateTime;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.DeliveryReport;
import com.griddesk.outage.Disconnection;
import com.griddesk.outage.Disconnections;
import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticeDelivery;
import com.griddesk.outage.NoticePurpose;
import com.griddesk.outage.NoticeReceipts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Arrears disconnections for the station's service office: the steps Art. 67 asks for, and what is still missing. */
@Controller
class DisconnectionPageController {

    private final Disconnections disconnections;
    private final DisconnectionViews views;
    private final NoticeReceipts receipts;
    private final NoticeDelivery delivery;
    private final PageActions actions;

    DisconnectionPageController(Disconnections disconnections, DisconnectionViews views, NoticeReceipts receipts,
            NoticeDelivery delivery, PageActions actions) {
        this.disconnections = disconnections;
        this.views = views;
        this.receipts = receipts;
        this.delivery = delivery;
        this.actions = actions;
    }

    @GetMapping("/disconnections")
    String list(@RequestParam(defaultValue = "true") boolean open,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model,
            Locale locale) {
        model.addAttribute("rows", disconnections.list(staff, open, 200));
        model.addAttribute("open", open);
        if (htmx != null) {
            return "outage/disconnections :: list";
        }
        model.addAttribute("form", new DisconnectionForm());
        return "outage/disconnections";
    }

    @PostMapping("/disconnections")
    String request(@ModelAttribute("form") DisconnectionForm form, CurrentStaff staff, Locale locale,
            RedirectAttributes redirect) {
        return actions.run(() -> "/disconnections/" + disconnections.request(form.request(), staff).number(),
                "disconnection.page.done.requested", form.getAccountNumber(), "/disconnections", locale, redirect);
    }

    @GetMapping("/disconnections/{number}")
    String detail(@PathVariable String number, @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentStaff staff, Model model, Locale locale) {
        Disconnection d = disconnections.get(number, staff);
        model.addAttribute("d", views.view(d, locale));
        model.addAttribute("timeline", disconnections.timeline(d));
        model.addAttribute("channels", NoticeChannel.values());
        model.addAttribute("manualDelivery", !delivery.reportsDelivery());
        return htmx != null ? "outage/disconnection :: detail" : "outage/disconnection";
    }

    @PostMapping("/disconnections/{number}/{step:approve|protected-approval|execute|reconnect}")
    String step(@PathVariable String number, @PathVariable String step, CurrentStaff staff, Locale locale,
            RedirectAttributes redirect) {
        return act(number, step, () -> {
            switch (step) {
                case "approve" -> disconnections.approve(number, staff);
                case "protected-approval" -> disconnections.approveProtected(number, staff);
                case "execute" -> disconnections.execute(number, staff);
                default -> disconnections.reconnect(number, staff);
            }
        }, locale, redirect);
    }

    @PostMapping("/disconnections/{number}/notices")
    String notice(@PathVariable String number, @RequestParam(required = false) NoticePurpose purpose,
            @RequestParam(required = false) NoticeChannel channel, CurrentStaff staff, Locale locale,
            RedirectAttributes redirect) {
        return act(number, "notice", () -> disconnections.sendNotice(number, purpose, channel, staff), locale, redirect);
    }

    @PostMapping("/disconnections/{number}/payment")
    String payment(@PathVariable String number, @RequestParam(required = false) String receipt, CurrentStaff staff,
            Locale locale, RedirectAttributes redirect) {
        return act(number, "payment", () -> disconnections.paid(number, receipt, staff), locale, redirect);
    }

    @PostMapping("/disconnections/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(required = false) String reason, CurrentStaff staff,
            Locale locale, RedirectAttributes redirect) {
        return act(number, "cancel", () -> disconnections.cancel(number, reason, staff), locale, redirect);
    }

    /** Delivery proof entered by hand, for a notice of this disconnection. */
    @PostMapping("/disconnections/{number}/notices/{reference}/delivery")
    String delivery(@PathVariable String number, @PathVariable String reference,
            @RequestParam(required = false) DeliveryReport.Outcome outcome,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deliveredAt,
            @RequestParam(required = false) String proofId, @RequestParam(required = false) String failureReason,
            CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, "delivery", () -> receipts.record(reference, new DeliveryReport(outcome,
                PageTimes.instant(deliveredAt), proofId, failureReason, null), staff), locale, redirect);
    }

    private String act(String number, String name, Runnable action, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> {
            action.run();
            return "/disconnections/" + number;
        }, "disconnection.page.done." + name, number, "/disconnections/" + number, locale, redirect);
    }
}
