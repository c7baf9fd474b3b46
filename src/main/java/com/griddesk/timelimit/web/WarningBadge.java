package com.griddesk.timelimit.web;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.web.PageRequests;
import com.griddesk.timelimit.TimeLimitBoard;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread-warning count on every page's navbar. */
@ControllerAdvice(annotations = Controller.class)
class WarningBadge {

    private final TimeLimitBoard board;

    WarningBadge(TimeLimitBoard board) {
        this.board = board;
    }

    @ModelAttribute
    void unread(Model model, HttpServletRequest request) {
        CurrentStaff me = CurrentStaff.current();
        if (me != null && PageRequests.isPage(request)) {
            model.addAttribute("unreadWarnings", board.unreadCount(me));
        }
    }
}
