package com.griddesk.notification.web;

import java.util.Locale;

import com.griddesk.notification.internal.NotificationService;
import com.griddesk.notification.internal.NotificationStore;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** Failed and expired deliveries with their reason, and a resend button, for supervisors and administrators. */
@Controller
class FailedDeliveriesPageController {

    private final NotificationStore store;
    private final NotificationService notifications;
    private final ProblemFactory problems;

    FailedDeliveriesPageController(NotificationStore store, NotificationService notifications, ProblemFactory problems) {
        this.store = store;
        this.notifications = notifications;
        this.problems = problems;
    }

    @GetMapping("/admin/notifications/failed")
    String failed(CurrentStaff staff, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        if (!staff.hasAny(NotificationService.MAY_RESEND)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        model.addAttribute("failed", store.awaitingResend(200));
        return htmx != null ? "notification/failed :: table" : "notification/failed";
    }

    @PostMapping("/admin/notifications/{id}/resend")
    String resend(@PathVariable long id, CurrentStaff staff, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        try {
            long newId = notifications.resend(id, staff);
            model.addAttribute("flash", problems.text("notification.resent", locale, id, newId));
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, locale));
        }
        return failed(staff, model, htmx);
    }
}
