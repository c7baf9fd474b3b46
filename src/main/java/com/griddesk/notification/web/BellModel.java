package com.griddesk.notification.web;

import com.griddesk.notification.internal.NotificationStore;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.web.PageRequests;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread in-app count for the bell on every page's navbar. */
@ControllerAdvice(annotations = Controller.class)
class BellModel {

    private final NotificationStore store;

    BellModel(NotificationStore store) {
        this.store = store;
    }

    @ModelAttribute
    void bell(Model model, HttpServletRequest request) {
        CurrentStaff me = CurrentStaff.current();
        if (me != null && PageRequests.isPage(request)) {
            model.addAttribute("notificationBell", new NotificationBell(store.unread(me.id())));
        }
    }
}
