package com.griddesk.notification;

import java.util.List;

/**
 * What a notification is about; each has templates per channel and language. Customer events go
 * by SMS and e-mail, staff events in-app. Legal notices (arrears) cannot be opted out of; urgent
 * ones are not held back by quiet hours or the rate limit.
 */
public enum NotificationEvent {
    ORDER_RECEIVED(Audience.CUSTOMER, false, false, "orderNumber", "deadline"),
    ORDER_DISPATCHED(Audience.CUSTOMER, false, false, "orderNumber", "unitName"),
    CREW_ON_THE_WAY(Audience.CUSTOMER, true, false, "orderNumber", "crewName", "crewEta"),
    ORDER_RESOLVED(Audience.CUSTOMER, false, false, "orderNumber"),
    CALLBACK_SURVEY(Audience.CUSTOMER, false, false, "orderNumber", "surveyLink", "surveyExpires"),
    PLANNED_OUTAGE(Audience.CUSTOMER, false, false, "outageWindow", "area", "reason"),
    OUTAGE_RESTORED(Audience.CUSTOMER, false, false, "area", "restoredAt"),
    ARREARS_NOTICE(Audience.CUSTOMER, false, true, "accountNumber", "amount", "disconnectAt", "payBy"),
    ARREARS_RENOTICE(Audience.CUSTOMER, true, true, "accountNumber", "amount", "disconnectAt"),
    RECONNECTED(Audience.CUSTOMER, false, false, "accountNumber", "reconnectedAt"),
    ASSIGNMENT(Audience.STAFF, false, false, "orderNumber", "deadline"),
    WARNING_YELLOW(Audience.STAFF, false, false, "orderNumber", "clock", "deadline"),
    WARNING_RED(Audience.STAFF, true, false, "orderNumber", "clock", "deadline"),
    ESCALATION(Audience.STAFF, true, false, "orderNumber", "clock", "deadline", "step"),
    REMINDER(Audience.STAFF, false, false, "orderNumber", "reminderCount", "urgency"),
    SUPERVISION(Audience.STAFF, true, false, "orderNumber", "deadline", "note"),
    ESCALATION_RISK(Audience.STAFF, true, false, "orderNumber", "score", "level", "reasons"),
    CONSULTATION_REQUESTED(Audience.STAFF, false, false, "orderNumber", "askedBy", "question"),
    REMEDY_APPROVAL(Audience.STAFF, false, false, "orderNumber", "remedy", "amount", "requestedBy"),
    ORDER_REWORKED(Audience.STAFF, true, false, "orderNumber", "customerWords", "reworkCount"),
    REPORT_ISSUED(Audience.SUBSCRIBER, false, false, "title", "link");

    /** SUBSCRIBER: a member of staff by e-mail at the address they subscribed with (reports). */
    public enum Audience { CUSTOMER, STAFF, SUBSCRIBER }

    /** Every template may use these besides the event's own. */
    public static final List<String> COMMON_VARIABLES = List.of("customerName", "hotline");

    private final Audience audience;
    private final boolean urgent;
    private final boolean legal;
    private final List<String> variables;

    NotificationEvent(Audience audience, boolean urgent, boolean legal, String... variables) {
        this.audience = audience;
        this.urgent = urgent;
        this.legal = legal;
        this.variables = List.of(variables);
    }

    public Audience audience() {
        return audience;
    }

    public boolean urgent() {
        return urgent;
    }

    public boolean legal() {
        return legal;
    }

    /** The event's variables; a template may use these and {@link #COMMON_VARIABLES}. */
    public List<String> variables() {
        return variables;
    }

    public boolean allows(String variable) {
        return variables.contains(variable) || COMMON_VARIABLES.contains(variable);
    }

    /** The channels its templates exist for. */
    public List<Channel> channels() {
        return switch (audience) {
            case CUSTOMER -> List.of(Channel.SMS, Channel.EMAIL);
            case STAFF -> List.of(Channel.IN_APP);
            case SUBSCRIBER -> List.of(Channel.EMAIL);
        };
    }
}
