package com.griddesk.workorder.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.griddesk.customer.PhoneReveals;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.org.UnitLevel;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.workorder.DispatchTargets;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCauses;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrders;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order page: everything about one order, its timeline, and the actions the user may take now. */
@Controller
class OrderPageController {

    private final WorkOrderQueries queries;
    private final WorkOrders workOrders;
    private final WorkOrderViews views;
    private final OrgDirectory org;
    private final DispatchTargets dispatchTargets;
    private final PhoneReveals reveals;
    private final ProblemFactory problems;
    private final OrderPanels panels;
    private final RootCauses rootCauses;

    OrderPageController(WorkOrderQueries queries, WorkOrders workOrders, WorkOrderViews views, OrgDirectory org,
            DispatchTargets dispatchTargets, PhoneReveals reveals, ProblemFactory problems, OrderPanels panels,
            RootCauses rootCauses) {
        this.queries = queries;
        this.workOrders = workOrders;
        this.views = views;
        this.org = org;
        this.dispatchTargets = dispatchTargets;
        this.reveals = reveals;
        this.problems = problems;
        this.panels = panels;
        this.rootCauses = rootCauses;
    }

    @GetMapping("/orders/{number}")
    String order(@PathVariable String number, @RequestParam(defaultValue = "false") boolean reveal, CurrentStaff staff,
            Model model) {
        WorkOrder order = queries.get(number, staff);
        if (reveal) {
            reveals.record(staff, order.snapshot().customerId(), number, "order page");
        }
        populate(order, staff, model, reveal);
        model.addAttribute("form", new ActionForm());
        return "order";
    }

    @PostMapping("/orders/{number}/actions/{action}")
    String act(@PathVariable String number, @PathVariable String action, @ModelAttribute("form") ActionForm form,
            @RequestParam(required = false) String back, CurrentStaff staff, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            workOrders.perform(number, ActionCommands.command(action, form.toRequest()), staff, form.getVersion());
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, locale));
            model.addAttribute("failedAction", action);
            populate(queries.get(number, staff), staff, model, false);
            return "order";
        }
        redirect.addFlashAttribute("flash", problems.text("order.done." + action, locale, number));
        // only pages of this application: "/board", never "//elsewhere"
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//");
        return "redirect:" + (local ? back : "/orders/" + number);
    }

    private void populate(WorkOrder order, CurrentStaff staff, Model model, boolean revealed) {
        WorkOrderView view = views.view(order, staff);
        model.addAttribute("order", view);
        model.addAttribute("timeline", queries.timeline(order.number(), staff));
        model.addAttribute("revealed", revealed);
        model.addAttribute("phone", revealed ? order.snapshot().contactPhone() : view.contactPhone());
        model.addAttribute("mayReveal", PhoneReveals.mayReveal(staff));
        model.addAttribute("teams", teamsInScope(staff));
        Optional<OrgUnit> suggested = dispatchTargets.suggestedTeam(order.snapshot());
        model.addAttribute("suggested", suggested.map(OrgUnit::code).orElse(null));
        model.addAttribute("coordinators", org.staffWithRole(staff.unitId(), Role.COORDINATOR));
        model.addAttribute("responsibilities", Responsibility.values());
        model.addAttribute("rootCauses", rootCauses.offeredFor(order.snapshot().typeCode()));
        model.addAttribute("rootCauseName", rootCauses.find(order.snapshot().rootCause())
                .map(c -> c.name(LocaleContextHolder.getLocale())).orElse(null));
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("suspended", view.clocks().stream().anyMatch(c -> c.state().equals("PAUSED")));
        model.addAttribute("panels", panels.render(order, staff));
    }

    /** Teams and stations the user may send orders to. */
    private List<OrgUnit> teamsInScope(CurrentStaff staff) {
        return org.units().stream()
                .filter(u -> staff.sees(u.path()) && (u.level() == UnitLevel.TEAM || u.level() == UnitLevel.STATION))
                .toList();
    }
}
