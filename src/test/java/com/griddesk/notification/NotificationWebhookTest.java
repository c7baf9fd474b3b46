package com.griddesk.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A subscriber receives signed POSTs; a 500 is retried with backoff, the delivery id stays the same. */
class NotificationWebhookTest extends NotificationTestBase {

    static final String SECRET = "wechat-gateway-secret-0001";

    record Received(String delivery, String event, String body, boolean signatureValid) {
    }

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failFirst = new AtomicInteger(1);
    long subscription;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/griddesk", this::receive);
        receiver.start();
        var r = api.post("admin", "/api/v1/webhooks", Map.of("name", "微信网关", "secret", SECRET,
                "url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/griddesk",
                "events", List.of("ORDER_RESOLVED")));
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().has("secret")).isFalse();
        subscription = r.body().get("id").asLong();
    }

    @AfterEach
    void stopReceiver() {
        api.request("admin", "DELETE", "/api/v1/webhooks/" + subscription, null);
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst("X-GridDesk-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-GridDesk-Signature");
        received.add(new Received(exchange.getRequestHeaders().getFirst("X-GridDesk-Delivery"),
                exchange.getRequestHeaders().getFirst("X-GridDesk-Event"), body, expected(timestamp, body).equals(signature)));
        int status = failFirst.getAndDecrement() > 0 ? 500 : 204;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static String expected(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private long webhookOf(String reference) {
        return notifications.byReference(reference).stream().filter(s -> s.channel() == Channel.WEBHOOK)
                .findFirst().orElseThrow().id();
    }

    @Test
    void a_subscriber_gets_a_signed_post_retried_after_a_500() {
        String k = key("hook");
        send(k, NotificationEvent.ORDER_RESOLVED, Channel.SMS, newMobile(), Map.of("orderNumber", "GD202611230000005"));
        long hook = webhookOf("test:" + k);

        relay.runOnce();
        DeliveryState afterFailure = notifications.state(hook).orElseThrow();
        assertThat(afterFailure.status()).isEqualTo(DeliveryStatus.QUEUED);
        assertThat(afterFailure.reason()).isEqualTo("HTTP 500");

        clock.advance(Duration.ofSeconds(31));
        DeliveryState delivered = awaitStatus(hook, DeliveryStatus.DELIVERED);

        assertThat(received).hasSize(2);
        assertThat(received).allSatisfy(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.delivery()).isEqualTo(Long.toString(hook));
            assertThat(r.event()).isEqualTo("ORDER_RESOLVED");
            assertThat(r.body()).contains("\"orderNumber\":\"GD202611230000005\"").contains("已处理完毕");
        });
        assertThat(delivered.attempts()).isEqualTo(2);
        assertThat(delivered.gatewayMessageIds()).containsExactly("HTTP 204");
    }

    @Test
    void events_outside_the_subscription_are_not_posted_and_a_tampered_body_fails_the_check() {
        String k = key("other");
        send(k, NotificationEvent.ORDER_DISPATCHED, Channel.SMS, newMobile(), Map.of("orderNumber", "GD1", "unitName", "城区所"));
        assertThat(notifications.byReference("test:" + k)).noneMatch(s -> s.channel() == Channel.WEBHOOK);
        assertThat(expected("1700000000", "{\"a\":1}")).isNotEqualTo(expected("1700000000", "{\"a\":2}"));
    }

    @Test
    void a_subscription_with_a_short_secret_or_a_bad_url_is_refused_with_422() {
        var r = api.post("admin", "/api/v1/webhooks", Map.of("name", "x", "url", "ftp://x", "secret", "short"));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body().get("errors")).hasSize(2);
        assertThat(api.post("agent", "/api/v1/webhooks", Map.of("name", "x", "url", "http://x", "secret", SECRET)).status())
                .isEqualTo(403);
    }
}
