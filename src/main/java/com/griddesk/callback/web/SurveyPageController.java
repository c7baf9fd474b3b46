package com.griddesk.callback.web;

import java.util.Locale;

import com.griddesk.callback.Surveys;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;
import com.griddesk.workorder.Satisfaction;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The customer's survey page, opened from the SMS without a login. */
@Controller
class SurveyPageController {

    private final Surveys surveys;
    private final ProblemFactory problems;

    SurveyPageController(Surveys surveys, ProblemFactory problems) {
        this.surveys = surveys;
        this.problems = problems;
    }

    @GetMapping("/survey/{token}")
    String survey(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        try {
            model.addAttribute("invitation", surveys.open(token));
        }
        catch (DomainException ex) {
            return closed(ex, model, locale, response);
        }
        model.addAttribute("token", token);
        model.addAttribute("satisfactions", Satisfaction.values());
        return "callback/survey";
    }

    @PostMapping("/survey/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) Boolean solved,
            @RequestParam(required = false) Satisfaction satisfaction, @RequestParam(required = false) String comment,
            Model model, Locale locale, HttpServletResponse response) {
        try {
            surveys.answer(token, solved, satisfaction, comment, problems.text("callback.survey.customer", locale),
                    problems.text("callback.survey.dissatisfiedWords", locale));
        }
        catch (DomainException ex) {
            if (ex.code() == com.griddesk.shared.ProblemCode.VALIDATION_FAILED) {
                model.addAttribute("error", PageError.of(ex, problems, locale));
                return survey(token, model, locale, response);
            }
            return closed(ex, model, locale, response);
        }
        model.addAttribute("thanks", true);
        return "callback/survey";
    }

    private String closed(DomainException ex, Model model, Locale locale, HttpServletResponse response) {
        PageError error = PageError.of(ex, problems, locale);
        response.setStatus(error.status());
        model.addAttribute("closed", error);
        return "callback/survey";
    }
}
