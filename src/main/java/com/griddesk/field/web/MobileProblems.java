package com.griddesk.field.web;

import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.web.PageError;
import com.griddesk.shared.web.ProblemFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Problems of the phone pages. To the page's outbox (HX-Request): the alert fragment with the real
 * status and an X-Problem header, so it shows the problem and drops the action instead of retrying
 * it. To a plain form post on an order: the order page with the problem above it.
 */
@ControllerAdvice(assignableTypes = { MobileOrdersController.class, MobileConsultationController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class MobileProblems {

    private final ProblemFactory problems;
    private final MobileOrderModel orderModel;

    MobileProblems(ProblemFactory problems, MobileOrderModel orderModel) {
        this.problems = problems;
        this.orderModel = orderModel;
    }

    @ExceptionHandler(DomainException.class)
    String problem(DomainException ex, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        PageError error = PageError.of(ex, problems, locale);
        model.addAttribute("error", error);
        response.setStatus(error.status());
        response.setHeader("X-Problem", ex.code().code());
        if (request.getHeader(MobileOrdersController.HX) != null) {
            return "error :: alert";
        }
        String number = MobilePaths.orderNumber(request);
        if (number == null || !"POST".equals(request.getMethod()) || request.getRequestURI().endsWith("/consultation")) {
            return "error";
        }
        try {
            orderModel.populate(number, CurrentStaff.current(), model);
        }
        catch (DomainException unreadable) {
            return "error";
        }
        model.addAttribute("failedFinish", request.getRequestURI().endsWith("/finish"));
        return "field/order";
    }
}
