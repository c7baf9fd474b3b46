package com.griddesk.notification.web;

import java.time.Clock;

import com.griddesk.notification.internal.NotificationStore;
import com.griddesk.org.CurrentStaff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** A member of staff's in-app notifications, and the bell in the navbar that counts the unread ones. */
@Controller
class InboxPageController {

    private final NotificationStore store;
    private final Clock clock;

    InboxPageController(NotificationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String inbox(CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("items", store.inbox(staff.id(), 100));
        return htmx != null ? "notification/inbox :: list" : "notification/inbox";
    }

    /** The bell's count; htmx polls it. */
    @GetMapping("/notifications/bell")
    String bell(CurrentStaff staff, Model model) {
        model.addAttribute("notificationBell", new NotificationBell(store.unread(staff.id())));
        return "notification/bell :: bell";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id, CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        store.markRead(staff.id(), id, clock.instant());
        return htmx != null ? inbox(staff, model, htmx) : "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(CurrentStaff staff) {
        store.markRead(staff.id(), null, clock.instant());
        return "redirect:/notifications";
    }
}
