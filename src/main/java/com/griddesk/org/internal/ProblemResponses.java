package com.griddesk.org.internal;

import java.io.IOException;
import java.util.Locale;

import com.griddesk.shared.ProblemCode;
import com.griddesk.shared.web.ProblemFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Writes problem details from security filters, which run before any controller advice. */
@Component
class ProblemResponses {

    private final ProblemFactory problems;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemResponses(ProblemFactory problems, JsonMapper json, LocaleResolver locales) {
        this.problems = problems;
        this.json = json;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemCode code) throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = problems.problem(code, locale);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(code.status());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (code.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"griddesk\", Basic realm=\"griddesk\"");
        }
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
