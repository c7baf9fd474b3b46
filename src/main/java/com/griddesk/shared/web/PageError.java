package com.griddesk.shared.web;

import java.util.List;
import java.util.Locale;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/** A problem as a page shows it: a title, a sentence, and the fields to fix. */
public record PageError(String title, String detail, List<String> fields, int status) {

    public static PageError of(DomainException ex, ProblemFactory problems, Locale locale) {
        var problem = problems.problem(ex, locale);
        List<String> fields = problems.fieldErrors(ex.fieldErrors(), locale).stream().map(m -> m.get("message")).toList();
        return new PageError(problem.getTitle(), problem.getDetail(), fields, problem.getStatus());
    }

    public static PageError of(ProblemCode code, ProblemFactory problems, Locale locale, Object... args) {
        var problem = problems.problem(code, locale, args);
        return new PageError(problem.getTitle(), problem.getDetail(), List.of(), problem.getStatus());
    }
}
