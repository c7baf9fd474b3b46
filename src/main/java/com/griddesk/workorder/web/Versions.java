package com.griddesk.workorder.web;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/** The order's version as an HTTP entity tag: {@code "3"}. */
final class Versions {

    private Versions() {
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    static Integer parse(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.parseInt(v);
        }
        catch (NumberFormatException ex) {
            throw new DomainException(ProblemCode.MALFORMED_REQUEST);
        }
    }
}
