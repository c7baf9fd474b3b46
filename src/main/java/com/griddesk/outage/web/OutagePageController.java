package com.griddesk.outage.web;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.OutageEvents;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageQueries;
import com.griddesk.outage.OutageState;
import com.griddesk.outage.internal.OutageWarnings;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.RootCauses;

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

/** The outage board of dispatchers and stations, and one outage's page with its grouping decisions. */
@Controller
class OutagePageController {

    private static final Set<OutageState> OPEN = EnumSet.of(OutageState.ANNOUNCED, OutageState.ACTIVE);

    private final OutageEvents events;
    private final OutageQueries queries;
    private final OutageWarnings warnings;
    private final RootCauses rootCauses;
    private final PageActions actions;

    OutagePageController(OutageEvents events, OutageQueries queries, OutageWarnings warnings, RootCauses rootCauses,
            PageActions actions) {
        this.events = events;
        this.queries = queries;
        this.warnings = warnings;
        this.rootCauses = rootCauses;
        this.actions = actions;
    }

    /** Open outages first; {@code all} shows restored and cancelled ones too. htmx refreshes only the list. */
    @GetMapping("/outages")
    String board(@RequestParam(defaultValue = "false") boolean all,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model) {
        model.addAttribute("outages", queries.list(staff, all ? Set.of() : OPEN, 200));
        model.addAttribute("warnings", warnings.forScope(staff.scopePath(), 20));
        model.addAttribute("all", all);
        if (htmx != null) {
            return "outage/board :: list";
        }
        model.addAttribute("form", new OutageForm());
        model.addAttribute("kinds", List.of(OutageKind.PLANNED, OutageKind.TEMPORARY, OutageKind.FAULT));
        return "outage/board";
    }

    @PostMapping("/outages")
    String create(@ModelAttribute("form") OutageForm form, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> "/outages/" + (form.getKind() == OutageKind.FAULT
                ? events.reportFault(form.fault(), staff) : events.announce(form.announcement(), staff)).number(),
                "outage.page.done.created", form.getFeederCode(), "/outages", locale, redirect);
    }

    /** One outage: scope, crew, calls, timeline; htmx refreshes only the detail. */
    @GetMapping("/outages/{number}")
    String event(@PathVariable String number, @RequestHeader(name = "HX-Request", required = false) String htmx,
            CurrentStaff staff, Model model) {
        model.addAttribute("outage", queries.view(number, staff));
        model.addAttribute("timeline", queries.timeline(number, staff));
        model.addAttribute("calls", queries.calls(number, staff, 200));
        model.addAttribute("affected", queries.affected(number, staff, 0, 50));
        model.addAttribute("stillOut", queries.stillOutOrders(number, staff));
        model.addAttribute("rootCauses", rootCauses.offeredFor("FAULT_REPAIR"));
        model.addAttribute("responsibilities", Responsibility.values());
        return htmx != null ? "outage/event :: detail" : "outage/event";
    }

    @PostMapping("/outages/{number}/start")
    String start(@PathVariable String number, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, () -> events.start(number, staff), "start", locale, redirect);
    }

    @PostMapping("/outages/{number}/cancel")
    String cancel(@PathVariable String number, @RequestParam(required = false) String reason, CurrentStaff staff,
            Locale locale, RedirectAttributes redirect) {
        return act(number, () -> events.cancel(number, reason, staff), "cancel", locale, redirect);
    }

    @PostMapping("/outages/{number}/confirm")
    String confirm(@PathVariable String number, @RequestParam(required = false) String cause,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime ert,
            CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, () -> events.confirm(number, cause, PageTimes.instant(ert), staff), "confirm", locale, redirect);
    }

    @PostMapping("/outages/{number}/dissolve")
    String dissolve(@PathVariable String number, @RequestParam(required = false) String reason, CurrentStaff staff,
            Locale locale, RedirectAttributes redirect) {
        return act(number, () -> events.dissolve(number, reason, staff), "dissolve", locale, redirect);
    }

    @PostMapping("/outages/{number}/split")
    String split(@PathVariable String number, @RequestParam(name = "areas", required = false) List<String> areas,
            CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> "/outages/" + events.split(number, areas, staff).number(), "outage.page.done.split",
                number, "/outages/" + number, locale, redirect);
    }

    @PostMapping("/outages/{number}/ert")
    String estimate(@PathVariable String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime ert,
            CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, () -> events.estimate(number, PageTimes.instant(ert), staff), "ert", locale, redirect);
    }

    @PostMapping("/outages/{number}/crew-arrived")
    String crewArrived(@PathVariable String number, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, () -> events.crewArrived(number, null, staff), "crewArrived", locale, redirect);
    }

    @PostMapping("/outages/{number}/crew")
    String crew(@PathVariable String number, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) Long assigneeId, CurrentStaff staff, Locale locale,
            RedirectAttributes redirect) {
        return act(number, () -> events.dispatchCrew(number, unitCode, assigneeId, staff), "crew", locale, redirect);
    }

    @PostMapping("/outages/{number}/restore")
    String restore(@PathVariable String number, @RequestParam(required = false) String note,
            @RequestParam(required = false) String rootCause,
            @RequestParam(required = false) Responsibility responsibility, CurrentStaff staff, Locale locale,
            RedirectAttributes redirect) {
        return act(number, () -> events.restore(number, note, rootCause, responsibility, staff), "restore", locale, redirect);
    }

    private String act(String number, Runnable action, String name, Locale locale, RedirectAttributes redirect) {
        return actions.run(() -> {
            action.run();
            return "/outages/" + number;
        }, "outage.page.done." + name, number, "/outages/" + number, locale, redirect);
    }
}
