package com.griddesk.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationSettings;

import org.springframework.stereotype.Component;

/**
 * Webhooks: an HTTP POST of the JSON payload, signed with the subscription's secret as
 * {@code X-GridDesk-Signature: sha256=hex(HMAC-SHA256(secret, timestamp + "." + body))} with the
 * timestamp in {@code X-GridDesk-Timestamp}. {@code X-GridDesk-Delivery} (the notification id)
 * stays the same on every retry, so receivers can drop repeats.
 */
@Component
class WebhookSender implements ChannelSender {

    private final Webhooks webhooks;
    private final NotificationSettings settings;
    private final Clock clock;
    private final HttpClient http;

    WebhookSender(Webhooks webhooks, NotificationSettings settings, Clock clock) {
        this.webhooks = webhooks;
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.webhookTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(digest);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Override
    public SendOutcome send(NotificationRow row, Set<Integer> pendingParts) {
        Optional<String> secret = webhooks.secret(row.recipientId());
        if (secret.isEmpty()) {
            return new SendOutcome.Refused("webhook subscription removed");
        }
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(row.address()))
                .timeout(settings.webhookTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "GridDesk-Webhook/1")
                .header("X-GridDesk-Event", row.event().name())
                .header("X-GridDesk-Delivery", Long.toString(row.id()))
                .header("X-GridDesk-Timestamp", timestamp)
                .header("X-GridDesk-Signature", signature(secret.get(), timestamp, row.body()))
                .POST(HttpRequest.BodyPublishers.ofString(row.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                return new SendOutcome.Delivered("HTTP " + status);
            }
            boolean retry = status >= 500 || status == 408 || status == 429;
            return retry ? new SendOutcome.Retry("HTTP " + status) : new SendOutcome.Refused("HTTP " + status);
        }
        catch (IOException ex) {
            return new SendOutcome.Retry("webhook unreachable: " + ex.getClass().getSimpleName());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Retry("interrupted");
        }
    }
}
