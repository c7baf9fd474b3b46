package com.griddesk.textmining.web;

import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.textmining.ModelVersion;
import com.griddesk.textmining.internal.ModelTraining;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The classifier's versions: retrain, compare the candidate with the active model, switch. */
@Controller
class ModelAdminPageController {

    private final ModelTraining training;
    private final ProblemFactory problems;

    ModelAdminPageController(ModelTraining training, ProblemFactory problems) {
        this.training = training;
        this.problems = problems;
    }

    @GetMapping("/admin/textmining")
    String models(@RequestParam(required = false) Integer candidate, CurrentStaff staff, Model model) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        ModelVersion active = training.active();
        model.addAttribute("active", active);
        model.addAttribute("versions", training.versions());
        model.addAttribute("confirmed", training.confirmedTexts());
        Integer shown = candidate != null ? candidate : training.versions().stream()
                .filter(v -> v.status() == ModelVersion.Status.CANDIDATE).map(ModelVersion::version).findFirst()
                .orElse(null);
        if (shown != null && shown != active.version()) {
            model.addAttribute("candidate", training.version(shown));
            model.addAttribute("comparison", training.compare(shown));
        }
        return "textmining/models";
    }

    @PostMapping("/admin/textmining/retrain")
    String retrain(CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        try {
            ModelVersion candidate = training.retrain(staff);
            redirect.addFlashAttribute("flash", problems.text("textmining.models.trained", locale, candidate.version()));
            return "redirect:/admin/textmining?candidate=" + candidate.version();
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
            return "redirect:/admin/textmining";
        }
    }

    @PostMapping("/admin/textmining/models/{version}/activate")
    String activate(@PathVariable int version, CurrentStaff staff, Locale locale, RedirectAttributes redirect) {
        try {
            training.activate(version, staff);
            redirect.addFlashAttribute("flash", problems.text("textmining.models.switched", locale, version));
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
        }
        return "redirect:/admin/textmining";
    }
}
