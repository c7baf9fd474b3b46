package com.griddesk.quality.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.quality.Inspection;
import com.griddesk.quality.Norm;
import com.griddesk.quality.QualityInspections;
import com.griddesk.quality.QualityScores;
import com.griddesk.quality.SampleRule;
import com.griddesk.quality.ScoreSheet;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inspector's pages: draw a sample, score an inspection against the norms, the scores per person and unit. */
@Controller
class QualityPageController {

    private final QualityInspections inspections;
    private final QualityScores scores;
    private final OrgDirectory org;
    private final ProblemFactory problems;
    private final Clock clock;

    QualityPageController(QualityInspections inspections, QualityScores scores, OrgDirectory org, ProblemFactory problems,
            Clock clock) {
        this.inspections = inspections;
        this.scores = scores;
        this.org = org;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/quality")
    String inspections(@RequestParam(required = false) String status, CurrentStaff staff, Model model,
            @RequestHeader(name = "HX-Request", required = false) String hx) {
        LocalDate today = LocalDate.now(clock.withZone(QualityInspections.ZONE));
        model.addAttribute("inspections", inspections.list(status, staff));
        model.addAttribute("rules", SampleRule.values());
        model.addAttribute("from", today.minusDays(30));
        model.addAttribute("to", today);
        model.addAttribute("org", org);
        return hx != null ? "quality/inspections :: list" : "quality/inspections";
    }

    @PostMapping("/quality/samples")
    String sample(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) SampleRule rule, @RequestParam(defaultValue = "20") int size, CurrentStaff staff,
            Locale locale, RedirectAttributes redirect) {
        int drawn = inspections.sample(from, to, rule, size, staff).size();
        redirect.addFlashAttribute("flash", problems.text("quality.sampled", locale, drawn));
        return "redirect:/quality";
    }

    @GetMapping("/quality/inspections/{id}")
    String inspection(@PathVariable long id, CurrentStaff staff, Model model) {
        populate(inspections.get(id, staff), model);
        return "quality/inspection";
    }

    @PostMapping("/quality/inspections/{id}/score")
    String score(@PathVariable long id, @RequestParam Map<String, String> form, CurrentStaff staff, Model model,
            Locale locale, RedirectAttributes redirect) {
        Map<String, Integer> points = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (Norm n : inspections.norms()) {
            String value = form.get("points." + n.code());
            points.put(n.code(), value == null || !value.strip().matches("\\d{1,4}") ? null : Integer.valueOf(value.strip()));
            notes.put(n.code(), form.getOrDefault("note." + n.code(), ""));
        }
        try {
            inspections.score(id, new ScoreSheet(points, notes, form.get("comment")), staff);
        }
        catch (DomainException ex) {
            model.addAttribute("error", PageError.of(ex, problems, locale));
            model.addAttribute("entered", form);
            populate(inspections.get(id, staff), model);
            return "quality/inspection";
        }
        redirect.addFlashAttribute("flash", problems.text("quality.scoredFlash", locale));
        return "redirect:/quality/inspections/" + id;
    }

    @GetMapping("/quality/scores")
    String scores(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentStaff staff, Model model, @RequestHeader(name = "HX-Request", required = false) String hx) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(QualityInspections.ZONE));
        LocalDate start = from != null ? from : end.minusDays(89);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("people", scores.of(QualityScores.By.PERSON, start, end, staff));
        model.addAttribute("units", scores.of(QualityScores.By.UNIT, start, end, staff));
        model.addAttribute("passShare", inspections.passShare());
        return hx != null ? "quality/scores :: report" : "quality/scores";
    }

    private void populate(Inspection inspection, Model model) {
        model.addAttribute("inspection", inspection);
        model.addAttribute("given", inspection.scores().stream()
                .collect(java.util.stream.Collectors.toMap(Inspection.Score::norm, s -> s)));
        model.addAttribute("norms", inspections.norms());
        model.addAttribute("unitName", org.unit(inspection.unitId()).name(LocaleContextHolder.getLocale()));
        model.addAttribute("person", inspection.personId() == null ? null : org.staff(inspection.personId()).orElse(null));
        model.addAttribute("passShare", inspections.passShare());
    }
}
