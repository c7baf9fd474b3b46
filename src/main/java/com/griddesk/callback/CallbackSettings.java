package com.griddesk.callback;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param types order types (top level) called back after they are resolved
 * @param maxAttempts phone attempts without reaching the customer before the SMS survey link goes out
 * @param retryAfter how long the queue keeps a not-reached callback back before the next try
 * @param surveyTtl how long a survey link can be answered
 * @param publicUrl the address customers reach GridDesk at, for the link in the SMS
 * @param firstContactSurvey send the survey link to the caller of a consultation answered on first
 *                           contact (it has no callback call); the answer is recorded with the order
 * @param maxReworks after this many reworks a dissatisfied callback closes the order (as dissatisfied)
 *                   instead of sending it back again
 */
@ConfigurationProperties("griddesk.callback")
public record CallbackSettings(
        @DefaultValue({ "FAULT_REPAIR", "COMPLAINT", "REPORT", "OPINION", "SERVICE_REQUEST", "BUSINESS_APPLICATION" })
        List<String> types,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("PT2H") Duration retryAfter,
        @DefaultValue("P3D") Duration surveyTtl,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("2") int maxReworks,
        @DefaultValue("true") boolean firstContactSurvey) {

    public CallbackSettings {
        types = List.copyOf(types);
        if (maxAttempts < 1 || maxReworks < 0 || surveyTtl.isNegative() || surveyTtl.isZero()) {
            throw new IllegalArgumentException("griddesk.callback: max-attempts ≥ 1, max-reworks ≥ 0, survey-ttl > 0");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
