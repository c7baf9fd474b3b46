package com.griddesk.timelimit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.timelimit.BusinessCalendar;
import com.griddesk.timelimit.DayKind;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The working-day calendar of a year: public holidays and make-up working days (调休), edited by administrators. */
@Controller
class CalendarPageController {

    private final BusinessCalendar calendar;
    private final ProblemFactory problems;
    private final Clock clock;

    CalendarPageController(BusinessCalendar calendar, ProblemFactory problems, Clock clock) {
        this.calendar = calendar;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String year(@RequestParam(required = false) Integer year,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        int shown = year != null ? year : LocalDate.now(clock).getYear();
        model.addAttribute("year", shown);
        model.addAttribute("days", calendar.exceptions(shown));
        model.addAttribute("kinds", DayKind.values());
        return htmx != null ? "calendar :: days" : "calendar";
    }

    @PostMapping("/admin/calendar/days")
    String put(@RequestParam(required = false) String day, @RequestParam(required = false) DayKind kind,
            @RequestParam(required = false) String name, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        LocalDate date = null;
        try {
            date = parse(day);
            if (kind == null) {
                throw DomainException.invalid("kind", "validation.NotNull", "kind");
            }
            calendar.put(new BusinessCalendar.Day(date, kind, name == null || name.isBlank() ? kind.name() : name.strip()),
                    staff);
            redirect.addFlashAttribute("flash", problems.text("calendar.saved", locale, date));
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        return "redirect:/admin/calendar" + (date == null ? "" : "?year=" + date.getYear());
    }

    @PostMapping("/admin/calendar/days/{day}/delete")
    String remove(@PathVariable String day, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        LocalDate date = null;
        try {
            date = parse(day);
            calendar.remove(date, staff);
            redirect.addFlashAttribute("flash", problems.text("calendar.removed", locale, date));
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        return "redirect:/admin/calendar" + (date == null ? "" : "?year=" + date.getYear());
    }

    private static LocalDate parse(String day) {
        if (day == null || day.isBlank()) {
            throw DomainException.invalid("day", "validation.NotBlank", "day");
        }
        try {
            return LocalDate.parse(day.strip());
        }
        catch (DateTimeParseException ex) {
            throw DomainException.invalid("day", "validation.typeMismatch", "day");
        }
    }
}
