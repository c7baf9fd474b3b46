package com.griddesk.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification module ({@code griddesk.notification.*}, or the environment
 * variables {@code GRIDDESK_NOTIFICATION_…}). SMTP is Spring's {@code spring.mail.*}.
 *
 * @param smpp       the SMSC this instance binds to as a transceiver
 * @param quietHours when non-urgent customer messages wait (default 22:00–08:00, Asia/Shanghai)
 * @param rateLimit  at most {@code perRecipient} non-urgent messages to one phone or address per window
 * @param retry      exponential backoff between failed attempts, then FAILED
 * @param relay      how often and how much the relay delivers, and when a held row counts as abandoned
 * @param validity   how long a queued message is worth sending (SMS validity period too)
 * @param mailFrom   the From of e-mails
 * @param hotline    the service number named in messages
 * @param demo       the demo world's local SMSC and SMTP server (port 0: any free port)
 */
@ConfigurationProperties("griddesk.notification")
public record NotificationSettings(
        @DefaultValue Smpp smpp,
        @DefaultValue QuietHours quietHours,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Retry retry,
        @DefaultValue Relay relay,
        @DefaultValue("PT24H") Duration validity,
        @DefaultValue("GridDesk 95598 <noreply@griddesk.local>") String mailFrom,
        @DefaultValue("95598") String hotline,
        @DefaultValue("PT5S") Duration webhookTimeout,
        @DefaultValue Demo demo) {

    public record Smpp(
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("2775") int port,
            @DefaultValue("griddesk") String systemId,
            @DefaultValue("griddesk") String password,
            @DefaultValue("") String systemType,
            @DefaultValue("95598") String sourceAddress,
            @DefaultValue("PT10S") Duration responseTimeout,
            @DefaultValue("PT30S") Duration enquireLink) {
    }

    public record QuietHours(
            @DefaultValue("22:00") LocalTime start,
            @DefaultValue("08:00") LocalTime end,
            @DefaultValue({ "SMS", "EMAIL" }) List<Channel> channels) {

        /** Whether {@code time} falls in the quiet hours (which may span midnight). */
        public boolean contains(LocalTime time) {
            if (start.equals(end)) {
                return false;
            }
            return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                    : !time.isBefore(start) || time.isBefore(end);
        }
    }

    public record RateLimit(@DefaultValue("5") int perRecipient, @DefaultValue("PT1H") Duration window) {
    }

    public record Retry(
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("PT30S") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("PT1H") Duration maxBackoff) {

        /** The wait after the {@code attempt}-th failed attempt (1-based). */
        public Duration backoffAfter(int attempt) {
            double millis = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, attempt - 1));
            return millis >= maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis((long) millis);
        }
    }

    /**
     * @param sendingLease after this a SENDING row whose relay vanished is looked at again
     * @param receiptGrace an SMS whose submit outcome is unknown is sent again only if no receipt
     *                     came within this time (the SMSC sends one for every message it took)
     */
    public record Relay(
            @DefaultValue("PT0.2S") Duration interval,
            @DefaultValue("500") int batch,
            @DefaultValue("4") int threads,
            @DefaultValue("PT2M") Duration sendingLease,
            @DefaultValue("PT10M") Duration receiptGrace) {
    }

    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("2775") int smppPort,
            @DefaultValue("2525") int smtpPort,
            @DefaultValue("500") int keep) {
    }
}
