package com.griddesk.timelimit.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.UnitLevel;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.LimitUnit;
import com.griddesk.timelimit.OrderTimeControl;
import com.griddesk.timelimit.SuspensionKind;
import com.griddesk.timelimit.TimeLimitBoard;
import com.griddesk.timelimit.TimeLimitRules;
import com.griddesk.timelimit.TimeRule;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Suspension and supervision from the order page, the overdue board, the warning centre and the rule editor. */
@Controller
class TimeLimitPageController {

    private final OrderTimeControl control;
    private final TimeLimitBoard board;
    private final TimeLimitRules rules;
    private final OrgDirectory org;
    private final ProblemFactory problems;
    private final Clock clock;

    TimeLimitPageController(OrderTimeControl control, TimeLimitBoard board, TimeLimitRules rules, OrgDirectory org,
            ProblemFactory problems, Clock clock) {
        this.control = control;
        this.board = board;
        this.rules = rules;
        this.org = org;
        this.problems = problems;
        this.clock = clock;
    }

    @PostMapping("/orders/{number}/suspend")
    String suspend(@PathVariable String number, @RequestParam(required = false) SuspensionKind kind,
            @RequestParam(required = false) String reason, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, () -> control.suspend(number, kind, reason, staff), "order.done.suspend", locale, redirect);
    }

    @PostMapping("/orders/{number}/resume")
    String resume(@PathVariable String number, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        return act(number, () -> control.resume(number, null, staff), "order.done.resume", locale, redirect);
    }

    @PostMapping("/orders/{number}/supervise")
    String supervise(@PathVariable String number, @RequestParam(defaultValue = "24") int hours,
            @RequestParam(required = false) String note, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        Instant deadline = clock.instant().plusSeconds(3600L * Math.max(1, hours));
        return act(number, () -> control.supervise(number, deadline, note, staff), "order.done.supervise", locale, redirect);
    }

    private String act(String number, Runnable action, String doneKey, Locale locale, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", problems.text(doneKey, locale, number));
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        return "redirect:/orders/" + number;
    }

    /** Overdue clocks per unit; htmx refreshes only the table. */
    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) String unit, CurrentStaff staff,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        OrgUnit chosen = unit == null || unit.isBlank() ? org.unit(staff.unitId())
                : org.unitByCode(unit).filter(u -> staff.sees(u.path())).orElse(org.unit(staff.unitId()));
        var rows = board.overdue(staff, chosen.path(), 300);
        model.addAttribute("rows", rows);
        model.addAttribute("unit", chosen);
        model.addAttribute("units", org.units().stream()
                .filter(u -> staff.sees(u.path()) && u.level() != UnitLevel.TEAM).toList());
        model.addAttribute("perUnit", rows.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> unitName(r.unitPath(), locale), java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        return htmx != null ? "overdue :: table" : "overdue";
    }

    private String unitName(String path, Locale locale) {
        String[] ids = path.split("/");
        long id = Long.parseLong(ids[ids.length - 1]);
        return org.stationOf(id).orElse(org.unit(id)).name(locale);
    }

    @GetMapping("/warnings")
    String warnings(@RequestParam(defaultValue = "false") boolean unread, CurrentStaff staff, Model model) {
        model.addAttribute("warnings", board.warningsFor(staff, unread, 200));
        model.addAttribute("unreadOnly", unread);
        return "warnings";
    }

    @GetMapping("/warnings/badge")
    @ResponseBody
    String badge(CurrentStaff staff) {
        return String.valueOf(board.unreadCount(staff));
    }

    @PostMapping("/warnings/{id}/read")
    String read(@PathVariable long id, CurrentStaff staff) {
        board.markRead(id, staff);
        return "redirect:/warnings";
    }

    @GetMapping("/admin/time-limits")
    String ruleEditor(CurrentStaff staff, Model model) {
        model.addAttribute("inForce", rules.inForce(clock.instant()));
        model.addAttribute("versions", rules.versions());
        model.addAttribute("draft", rules.versions().stream().filter(v -> !v.published()).findFirst().orElse(null));
        model.addAttribute("clocks", java.util.Arrays.stream(ClockName.values()).filter(ClockName::ruled).toList());
        model.addAttribute("units", LimitUnit.values());
        return "time-rules";
    }

    @PostMapping("/admin/time-limits/draft/rules")
    String addRule(@RequestParam String code, @RequestParam(required = false) String channel,
            @RequestParam(required = false) String regionClass, @RequestParam(required = false) String customerClass,
            @RequestParam ClockName clockName, @RequestParam int amount, @RequestParam LimitUnit unit,
            @RequestParam(required = false) String source, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        try {
            rules.addRule(new TimeRule(null, code.strip(), blank(channel), blank(regionClass), blank(customerClass),
                    clockName, amount, unit, blank(source)), staff);
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        return "redirect:/admin/time-limits";
    }

    @PostMapping("/admin/time-limits/draft/rules/{id}/delete")
    String removeRule(@PathVariable long id, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        try {
            rules.removeRule(id, staff);
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        return "redirect:/admin/time-limits";
    }

    @PostMapping("/admin/time-limits/draft/publish")
    String publish(@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String note,
            CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        try {
            Instant effective = effectiveFrom == null || effectiveFrom.isBlank() ? null
                    : LocalDateTime.parse(effectiveFrom).atZone(clock.getZone()).toInstant();
            var published = rules.publish(effective, note, staff);
            redirect.addFlashAttribute("flash", problems.text("rules.published", locale, published.version()));
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        catch (java.time.format.DateTimeParseException ex) {
            redirect.addFlashAttribute("error", PageError.of(DomainException.invalid("effectiveFrom",
                    "validation.typeMismatch", "effectiveFrom"), problems, locale));
        }
        return "redirect:/admin/time-limits";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
