package com.griddesk.shared;

import java.util.List;

/**
 * A business rule said no. Carries a stable {@link ProblemCode}, message arguments for the
 * user-facing text (never the exception message itself), and optional field errors.
 */
public class DomainException extends RuntimeException {

    private final ProblemCode code;
    private final transient Object[] args;
    private final List<FieldError> fieldErrors;

    public DomainException(ProblemCode code, Object... args) {
        this(code, List.of(), args);
    }

    public DomainException(ProblemCode code, List<FieldError> fieldErrors, Object... args) {
        super(code.code() + (args.length > 0 ? " " + java.util.Arrays.toString(args) : ""));
        this.code = code;
        this.args = args;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ProblemCode code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** One offending input field; {@code messageKey} resolves in the message bundles. */
    public record FieldError(String field, String messageKey, Object... args) {
    }

    public static DomainException notFound(ProblemCode code, Object what) {
        return new DomainException(code, what);
    }

    public static DomainException invalid(String field, String messageKey, Object... args) {
        return new DomainException(ProblemCode.VALIDATION_FAILED, List.of(new FieldError(field, messageKey, args)));
    }
}
