package com.griddesk.improvement.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import com.griddesk.improvement.ActionFilter;
import com.griddesk.improvement.ActionState;
import com.griddesk.improvement.ImprovementAction;
import com.griddesk.improvement.ImprovementActions;
import com.griddesk.improvement.ScopeKind;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.workorder.RootCauses;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of actions with its filters, and the action page whose forms move it on. Each route
 * renders the page, or under htmx only its fragment (the list, or the action's body with the refusal
 * inside it when one was refused).
 */
@Controller
class ImprovementPageController {

    private final ImprovementActions actions;
    private final RootCauses rootCauses;
    private final OrgDirectory org;
    private final ProblemFactory problems;

    ImprovementPageController(ImprovementActions actions, RootCauses rootCauses, OrgDirectory org, ProblemFactory problems) {
        this.actions = actions;
        this.rootCauses = rootCauses;
        this.org = org;
        this.problems = problems;
    }

    @GetMapping("/improvement")
    String list(@RequestParam(required = false) ActionState state, @RequestParam(required = false) ScopeKind scopeKind,
            @RequestParam(required = false) String rootCause, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean mine, CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        ActionFilter filter = new ActionFilter(state, scopeKind, rootCause, overdue, mine ? staff.id() : null);
        model.addAttribute("actions", actions.list(filter, staff));
        model.addAttribute("filter", filter);
        model.addAttribute("mine", mine);
        model.addAttribute("today", actions.today());
        model.addAttribute("states", ActionState.values());
        model.addAttribute("scopeKinds", ScopeKind.values());
        model.addAttribute("rootCauses", rootCauses);
        return hx != null ? "improvement/list :: list" : "improvement/list";
    }

    @GetMapping("/improvement/{id}")
    String action(@PathVariable long id, CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        populate(actions.get(id, staff), staff, model);
        return view(hx);
    }

    @PostMapping("/improvement/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(required = false) String plan, CurrentStaff staff, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        return answer(id, staff, model, locale, hx, () -> actions.accept(id, ownerId, dueDate, plan, staff));
    }

    @PostMapping("/improvement/{id}/implement")
    String implement(@PathVariable long id, @RequestParam(required = false) String evidence, CurrentStaff staff,
            Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) String hx) {
        return answer(id, staff, model, locale, hx, () -> actions.implement(id, evidence, staff));
    }

    @PostMapping("/improvement/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String note, @RequestParam boolean pass,
            CurrentStaff staff, Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) String hx) {
        return answer(id, staff, model, locale, hx,
                () -> pass ? actions.verify(id, note, staff) : actions.reject(id, note, staff));
    }

    private String answer(long id, CurrentStaff staff, Model model, Locale locale, String hx,
            Supplier<ImprovementAction> change) {
        try {
            change.get();
        }
        catch (DomainException ex) {
            if (ex.code().status() == 404) {
                throw ex;
            }
            model.addAttribute("error", PageError.of(ex, problems, locale));
        }
        populate(actions.get(id, staff), staff, model);
        return view(hx);
    }

    private void populate(ImprovementAction a, CurrentStaff staff, Model model) {
        model.addAttribute("action", a);
        model.addAttribute("effect", actions.effect(a.id(), staff));
        model.addAttribute("orders", actions.orders(a.id(), staff));
        model.addAttribute("history", actions.history(a.id(), staff));
        model.addAttribute("today", actions.today());
        model.addAttribute("rootCause", rootCauses.find(a.rootCause()).orElse(null));
        model.addAttribute("mayDecide", staff.hasAny(ImprovementActions.MAY_DECIDE));
        model.addAttribute("isOwner", a.ownerId() != null && a.ownerId() == staff.id());
        model.addAttribute("mayImplement", a.ownerId() != null && a.ownerId() == staff.id() || staff.has(Role.SUPERVISOR));
        model.addAttribute("candidates", java.util.stream.Stream.of(Role.SUPERVISOR, Role.COORDINATOR, Role.HANDLER, Role.FIELD_CREW)
                .flatMap(r -> org.staffWithRole(a.unitId(), r).stream()).distinct().limit(200).toList());
        model.addAttribute("unitName", org.unit(a.unitId()).name(LocaleContextHolder.getLocale()));
    }

    private static String view(String hx) {
        return hx != null ? "improvement/action :: detail" : "improvement/action";
    }
}
