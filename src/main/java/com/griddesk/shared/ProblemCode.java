package com.griddesk.shared;

/**
 * Stable problem codes. Each becomes the {@code type} URI of an RFC 9457 problem
 * ({@code https://griddesk.org/problems/<code>}) and a message key {@code problem.<code>}.
 * Codes are part of the API contract: add, never rename.
 */
public enum ProblemCode {
    MALFORMED_REQUEST("malformed-request", 400),
    AUTHENTICATION_REQUIRED("authentication-required", 401),
    BAD_CREDENTIALS("bad-credentials", 401),
    ACCESS_DENIED("access-denied", 403),
    SELF_APPROVAL("self-approval", 403),
    APPROVAL_LIMIT_EXCEEDED("approval-limit-exceeded", 403),
    SELF_INSPECTION("self-inspection", 403),
    OUT_OF_SCOPE("out-of-scope", 404),
    NOT_FOUND("not-found", 404),
    WORK_ORDER_NOT_FOUND("work-order-not-found", 404),
    CUSTOMER_NOT_FOUND("customer-not-found", 404),
    UNIT_NOT_FOUND("unit-not-found", 404),
    STAFF_NOT_FOUND("staff-not-found", 404),
    UNKNOWN_ACTION("unknown-action", 404),
    ILLEGAL_TRANSITION("illegal-transition", 409),
    VERSION_CONFLICT("version-conflict", 409),
    OPEN_SUB_TASKS("open-sub-tasks", 409),
    SERVICE_RECOVERY_INCOMPLETE("service-recovery-incomplete", 409),
    COMPLAINT_GUIDE_INCOMPLETE("complaint-guide-incomplete", 409),
    CALLBACK_REWORK_REQUIRED("callback-rework-required", 409),
    SURVEY_CLOSED("survey-closed", 410),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 409),
    OUTAGE_NOT_FOUND("outage-not-found", 404),
    OUTAGE_ILLEGAL_TRANSITION("outage-illegal-transition", 409),
    OUTAGE_NOTICE_TOO_SHORT("outage-notice-too-short", 422),
    DISCONNECTION_NOT_FOUND("disconnection-not-found", 404),
    DISCONNECTION_ILLEGAL_TRANSITION("disconnection-illegal-transition", 409),
    DISCONNECTION_REFUSED("disconnection-refused", 409),
    NOTICE_NOT_FOUND("notice-not-found", 404),
    NOTICE_ALREADY_DELIVERED("notice-already-delivered", 409),
    VALIDATION_FAILED("validation-failed", 422),
    UNSUPPORTED_IMAGE("unsupported-image", 422),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    INTERNAL_ERROR("internal-error", 500),
    NOTIFICATION_NOT_FOUND("notification-not-found", 404),
    NOTIFICATION_NOT_RESENDABLE("notification-not-resendable", 409),
    TEMPLATE_NOT_FOUND("notification-template-not-found", 404),
    WEBHOOK_NOT_FOUND("webhook-not-found", 404),
    MODEL_NOT_FOUND("model-not-found", 404),
    RETRAINING_IN_PROGRESS("retraining-in-progress", 409),
    IMPROVEMENT_ACTION_NOT_FOUND("improvement-action-not-found", 404),
    IMPROVEMENT_ILLEGAL_TRANSITION("improvement-illegal-transition", 409),
    SELF_VERIFICATION("self-verification", 403),
    REPORT_NOT_FOUND("report-not-found", 404);

    public static final String TYPE_BASE = "https://griddesk.org/problems/";

    private final String code;
    private final int status;

    ProblemCode(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public String typeUri() {
        return TYPE_BASE + code;
    }

    public String messageKey() {
        return "problem." + code;
    }
}
