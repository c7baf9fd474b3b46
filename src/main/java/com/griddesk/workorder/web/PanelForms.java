package com.griddesk.workorder.web;

import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The answer to a form on an order-page card ({@link OrderPanel}): with htmx, the card alone, drawn
 * again — with the problem inside it when the change was refused; without htmx, back to the order
 * page at the card (a refusal then shows as the error page).
 */
@Component
public class PanelForms {

    private final WorkOrderQueries queries;
    private final ProblemFactory problems;

    PanelForms(WorkOrderQueries queries, ProblemFactory problems) {
        this.queries = queries;
        this.problems = problems;
    }

    /** Makes the change, then answers {@code panel}'s fragment (htmx) or a redirect to {@code #anchor} on the order. */
    public String answer(String number, OrderPanel panel, String anchor, String hx, CurrentStaff staff, Model model,
            Locale locale, Runnable change) {
        try {
            change.run();
        }
        catch (DomainException ex) {
            if (hx == null) {
                throw ex;
            }
            model.addAttribute("error", PageError.of(ex, problems, locale));
        }
        if (hx == null) {
            return "redirect:/orders/" + number + "#" + anchor;
        }
        model.addAttribute("panel", panel.data(queries.get(number, staff), staff));
        return panel.fragment();
    }
}
