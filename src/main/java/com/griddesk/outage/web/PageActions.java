package com.griddesk.outage.web;

import java.util.Locale;
import java.util.function.Supplier;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Runs a page action and redirects: with a done message, or with the refusal as a readable alert. */
@Component
class PageActions {

    private final ProblemFactory problems;

    PageActions(ProblemFactory problems) {
        this.problems = problems;
    }

    /** {@code action} returns where to go on success; {@code back} is where a refusal is shown. */
    String run(Supplier<String> action, String doneKey, Object doneArg, String back, Locale locale,
            RedirectAttributes redirect) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("flash", problems.text(doneKey, locale, doneArg));
            return "redirect:" + target;
        }
        catch (DomainException ex) {
            redirect.addFlashAttribute("error", PageError.of(ex, problems, locale));
            return "redirect:" + back;
        }
    }
}
