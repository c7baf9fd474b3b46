package com.griddesk.callback;

import java.time.Instant;

/**
 * The customer could not be reached by phone (or asked for it): the notification module sends the
 * order's contact this link by SMS. It opens the survey without a login, answers once, and expires.
 */
public record CallbackSurveyLinkIssued(String orderNumber, String url, Instant expiresAt, Instant at) {
}
