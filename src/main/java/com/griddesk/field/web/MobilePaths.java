package com.griddesk.field.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

/** The order number of the request's path, for exception handlers (which cannot take path variables). */
final class MobilePaths {

    private MobilePaths() {
    }

    static String orderNumber(HttpServletRequest request) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return vars instanceof Map<?, ?> map && map.get("number") instanceof String n ? n : null;
    }
}
