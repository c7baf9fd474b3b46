package com.griddesk.report.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.griddesk.analytics.Indicator;
import com.griddesk.org.CurrentStaff;
import com.griddesk.report.ReportKind;
import com.griddesk.report.Reports;
import com.griddesk.report.Weights;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The archive with its generate and subscribe forms, one document's page and downloads, and the weights page. */
@Controller
class ReportPageController {

    private final Reports reports;
    private final ProblemFactory problems;

    ReportPageController(Reports reports, ProblemFactory problems) {
        this.reports = reports;
        this.problems = problems;
    }

    @GetMapping("/reports")
    String archive(@RequestParam(required = false) ReportKind kind, CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        populate(kind, staff, model);
        return hx != null ? "report/archive :: archive" : "report/archive";
    }

    @PostMapping("/reports")
    String generate(@RequestParam(required = false) ReportKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            CurrentStaff staff, Model model, Locale locale, @RequestHeader(name = "HX-Request", required = false) String hx) {
        return answer(staff, model, locale, hx, () -> reports.generate(kind, day, null, staff));
    }

    @PostMapping("/reports/subscriptions")
    String subscribe(@RequestParam(required = false) ReportKind kind, @RequestParam(required = false) String email,
            @RequestParam(defaultValue = "false") boolean remove, CurrentStaff staff, Model model, Locale locale,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        return answer(staff, model, locale, hx, () -> {
            if (remove) {
                reports.unsubscribe(kind, staff);
            }
            else {
                reports.subscribe(kind, email, staff);
            }
        });
    }

    @GetMapping("/reports/{id}")
    String document(@PathVariable long id, CurrentStaff staff, Model model) {
        model.addAttribute("document", reports.get(id, staff));
        model.addAttribute("content", reports.content(id, staff));
        return "report/document";
    }

    @GetMapping("/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentStaff staff) {
        return ReportFiles.download(reports, id, Reports.Format.PDF, staff);
    }

    @GetMapping("/reports/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentStaff staff) {
        return ReportFiles.download(reports, id, Reports.Format.XLSX, staff);
    }

    @GetMapping("/admin/report-weights")
    String weights(Model model) {
        model.addAttribute("weights", reports.weights());
        model.addAttribute("scorable", Weights.SCORABLE);
        return "report/weights";
    }

    @PostMapping("/admin/report-weights")
    String saveWeights(@RequestParam Map<String, String> form, CurrentStaff staff, Model model, Locale locale) {
        Map<Indicator, Integer> proposed = new EnumMap<>(Indicator.class);
        for (Indicator i : Weights.SCORABLE) {
            String v = form.getOrDefault("weight." + i.name(), "").strip();
            proposed.put(i, v.isEmpty() ? 0 : v.matches("\\d{1,3}") ? Integer.valueOf(v) : -1);
        }
        try {
            reports.saveWeights(proposed, staff);
            model.addAttribute("flash", problems.text("report.weights.saved", locale));
            model.addAttribute("weights", reports.weights());
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, locale));
            model.addAttribute("weights", proposed);
        }
        model.addAttribute("scorable", Weights.SCORABLE);
        return "report/weights";
    }

    private String answer(CurrentStaff staff, Model model, Locale locale, String hx, Runnable change) {
        try {
            change.run();
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, locale));
        }
        populate(null, staff, model);
        return hx != null ? "report/archive :: archive" : "report/archive";
    }

    private void populate(ReportKind kind, CurrentStaff staff, Model model) {
        model.addAttribute("documents", reports.archive(kind, staff));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("subscriptions", reports.subscriptions(staff));
        model.addAttribute("maySupervise", staff.has(com.griddesk.org.Role.SUPERVISOR));
        model.addAttribute("yesterday", reports.today().minusDays(1));
    }
}
