package com.griddesk.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with localised, user-safe text. */
@Component
public class ProblemFactory {

    private final MessageSource messages;

    ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(ProblemCode code, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(code.status()));
        problem.setType(URI.create(code.typeUri()));
        problem.setTitle(messages.getMessage(code.messageKey() + ".title", null, code.code(), locale));
        problem.setDetail(messages.getMessage(code.messageKey(), args, code.code(), locale));
        problem.setProperty("code", code.code());
        return problem;
    }

    public ProblemDetail problem(DomainException ex, Locale locale) {
        ProblemDetail problem = problem(ex.code(), locale, ex.args());
        if (!ex.fieldErrors().isEmpty()) {
            problem.setProperty("errors", fieldErrors(ex.fieldErrors(), locale));
        }
        return problem;
    }

    public List<Map<String, String>> fieldErrors(List<DomainException.FieldError> errors, Locale locale) {
        return errors.stream()
                .map(e -> Map.of("field", e.field(),
                        "message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale)))
                .toList();
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
