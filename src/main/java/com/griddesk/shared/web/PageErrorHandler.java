package com.griddesk.shared.web;

import java.util.Locale;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of page controllers become a readable, localised page — or, for htmx requests, an alert
 * fragment swapped into the page. Never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    private final ProblemFactory problems;

    PageErrorHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException ex, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return render(PageError.of(ex, problems, locale), request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return render(PageError.of(ProblemCode.ACCESS_DENIED, problems, locale), request, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception ex, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (ex instanceof org.springframework.web.servlet.resource.NoResourceFoundException) {
            return render(PageError.of(ProblemCode.NOT_FOUND, problems, locale, request.getRequestURI()), request, response);
        }
        String reference = Long.toString(System.nanoTime(), 36);
        log.error("Unexpected failure [{}] on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
        return render(PageError.of(ProblemCode.INTERNAL_ERROR, problems, locale, reference), request, response);
    }

    private ModelAndView render(PageError error, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(error.status());
        boolean htmx = request.getHeader("HX-Request") != null;
        if (htmx) {
            // htmx swaps only 2xx by default: let the alert replace the target anyway
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
            response.setStatus(200);
        }
        ModelAndView mav = new ModelAndView(htmx ? "error :: alert" : "error");
        mav.addObject("error", error);
        return mav;
    }
}
