package com.griddesk.shared.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every failure of a REST controller to an RFC 9457 problem. Exception messages and stack
 * traces never reach the client; unexpected failures are logged with a reference the client sees.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final ProblemFactory problems;

    ApiProblemHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException ex, Locale locale, HttpServletRequest request) {
        return respond(problems.problem(ex, locale), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, Locale locale, HttpServletRequest request) {
        List<DomainException.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new DomainException.FieldError(e.getField(), "validation." + e.getCode(), e.getField()))
                .toList();
        return respond(problems.problem(new DomainException(ProblemCode.VALIDATION_FAILED, errors), locale), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, Locale locale,
            HttpServletRequest request) {
        List<DomainException.FieldError> errors = ex.getParameterValidationResults().stream()
                .map(r -> new DomainException.FieldError(r.getMethodParameter().getParameterName(),
                        "validation.invalid", r.getMethodParameter().getParameterName()))
                .toList();
        return respond(problems.problem(new DomainException(ProblemCode.VALIDATION_FAILED, errors), locale), request);
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingRequestHeaderException.class })
    ResponseEntity<ProblemDetail> malformed(Exception ex, Locale locale, HttpServletRequest request) {
        DomainException.FieldError wrongValue = wrongValue(ex);
        if (wrongValue != null) {
            // well-formed JSON with a value of the wrong kind in a named field is a validation error, not a syntax error
            return respond(problems.problem(new DomainException(ProblemCode.VALIDATION_FAILED, List.of(wrongValue)), locale),
                    request);
        }
        ProblemDetail problem = problems.problem(ProblemCode.MALFORMED_REQUEST, locale);
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            problem.setProperty("errors", problems.fieldErrors(
                    List.of(new DomainException.FieldError(mismatch.getName(), "validation.typeMismatch", mismatch.getName())),
                    locale));
        }
        else if (ex instanceof MissingServletRequestParameterException missing) {
            problem.setProperty("errors", problems.fieldErrors(
                    List.of(new DomainException.FieldError(missing.getParameterName(), "validation.NotBlank",
                            missing.getParameterName())),
                    locale));
        }
        return respond(problem, request);
    }

    /** The field a body value could not be read into (an unknown enum constant, text for a number), or null. */
    private static DomainException.FieldError wrongValue(Exception ex) {
        if (!(ex instanceof HttpMessageNotReadableException unreadable)
                || !(unreadable.getMostSpecificCause() instanceof MismatchedInputException mismatch)
                || mismatch.getPath().isEmpty()) {
            return null;
        }
        String field = mismatch.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        Class<?> target = mismatch.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new DomainException.FieldError(field, "validation.oneOf", field, allowed);
        }
        return new DomainException.FieldError(field, "validation.typeMismatch", field);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Locale locale, HttpServletRequest request) {
        return respond(problems.problem(ProblemCode.UNSUPPORTED_MEDIA_TYPE, locale), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Locale locale, HttpServletRequest request) {
        return respond(problems.problem(ProblemCode.METHOD_NOT_ALLOWED, locale), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(Locale locale, HttpServletRequest request) {
        return respond(problems.problem(ProblemCode.NOT_FOUND, locale, request.getRequestURI()), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(Locale locale, HttpServletRequest request) {
        return respond(problems.problem(ProblemCode.ACCESS_DENIED, locale), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, Locale locale, HttpServletRequest request) {
        String reference = Long.toString(System.nanoTime(), 36);
        log.error("Unexpected failure [{}] on {} {}", reference, request.getMethod(), request.getRequestURI(), ex);
        ProblemDetail problem = problems.problem(ProblemCode.INTERNAL_ERROR, locale, reference);
        problem.setProperty("reference", reference);
        return respond(problem, request);
    }

    private ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
