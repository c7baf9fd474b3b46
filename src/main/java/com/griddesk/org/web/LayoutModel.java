package com.griddesk.org.web;

import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's navbar shows: who is logged in, and where they sit. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final OrgDirectory org;

    LayoutModel(OrgDirectory org) {
        this.org = org;
    }

    @ModelAttribute
    void layout(Model model, Locale locale) {
        CurrentStaff me = CurrentStaff.current();
        if (me != null) {
            model.addAttribute("me", me);
            model.addAttribute("myUnitName", org.unit(me.unitId()).name(locale));
        }
    }
}
