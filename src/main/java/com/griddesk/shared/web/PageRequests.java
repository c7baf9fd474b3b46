package com.griddesk.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells page requests from API calls. A {@code @ControllerAdvice(annotations = Controller.class)}
 * also applies to every {@code @RestController} (it is a {@code @Controller} too), so advice that
 * fills the page layout checks this first instead of costing each API call a query.
 */
public final class PageRequests {

    private PageRequests() {
    }

    public static boolean isPage(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
