package com.griddesk.org.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.NavItem;
import com.griddesk.shared.web.PageRequests;
import com.griddesk.org.OrgDirectory;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navbar shows: who is logged in, where they sit, and the modules' pages they may open. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final OrgDirectory org;
    private final List<NavItem> navItems;

    LayoutModel(OrgDirectory org, ObjectProvider<NavItem> navItems) {
        this.org = org;
        this.navItems = navItems.orderedStream().sorted(Comparator.comparingInt(NavItem::position)).toList();
    }

    @ModelAttribute
    void layout(Model model, Locale locale, HttpServletRequest request) {
        CurrentStaff me = CurrentStaff.current();
        if (me != null && PageRequests.isPage(request)) {
            model.addAttribute("me", me);
            model.addAttribute("myUnitName", org.unit(me.unitId()).name(locale));
            model.addAttribute("moduleNav", navItems.stream().filter(i -> i.visibleTo(me)).toList());
        }
    }
}
