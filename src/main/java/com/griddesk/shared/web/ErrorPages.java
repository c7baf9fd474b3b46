package com.griddesk.shared.web;

import java.util.Locale;

import com.griddesk.shared.ProblemCode;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before any controller (unknown addresses, wrong methods, filters): problem
 * details for the API, a readable page for people.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ProblemFactory problems;
    private final tools.jackson.databind.json.JsonMapper json;

    ErrorPages(ProblemFactory problems, tools.jackson.databind.json.JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response, Locale locale) throws java.io.IOException {
        if (isApi(request)) {
            // a browser asking the API still gets the API's answer
            ResponseEntity<ProblemDetail> problem = problem(request, locale);
            response.setStatus(problem.getStatusCode().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(problem.getBody()));
            return null;
        }
        int status = status(request);
        response.setStatus(status);
        ModelAndView mav = new ModelAndView("error");
        mav.addObject("error", PageError.of(code(status), problems, locale, String.valueOf(
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))));
        return mav;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        int status = status(request);
        ProblemCode code = code(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = problems.problem(code, locale, uri);
        problem.setStatus(status);
        problem.setInstance(java.net.URI.create(uri == null ? "/error" : uri.toString()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer s ? s : 500;
    }

    static ProblemCode code(int status) {
        return switch (status) {
            case 400 -> ProblemCode.MALFORMED_REQUEST;
            case 401 -> ProblemCode.AUTHENTICATION_REQUIRED;
            case 403 -> ProblemCode.ACCESS_DENIED;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemCode.INTERNAL_ERROR;
        };
    }
}
