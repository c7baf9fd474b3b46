package com.griddesk.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests against the running application, as a real client would call it. */
public final class ApiClient {

    public static final String DEMO_PASSWORD = "griddesk";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }
    }

    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            Response r = send("POST", "/api/v1/auth/token", Map.of("username", u, "password", DEMO_PASSWORD), null, Map.of());
            if (r.status() != 200) {
                throw new IllegalStateException("no token for " + u + ": " + r.raw().body());
            }
            return r.text("token");
        });
    }

    public Response get(String user, String path) {
        return send("GET", path, null, user, Map.of());
    }

    public Response getWithLanguage(String user, String path, String language) {
        return send("GET", path, null, user, Map.of("Accept-Language", language));
    }

    public Response post(String user, String path, Object body) {
        return send("POST", path, body, user, Map.of());
    }

    public Response post(String user, String path, Object body, Map<String, String> headers) {
        return send("POST", path, body, user, headers);
    }

    public Response request(String user, String method, String path, Object body) {
        return send(method, path, body, user, Map.of());
    }

    public Response basic(String user, String password, String method, String path, Object body) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(method, path, body, null, Map.of("Authorization", "Basic " + credentials));
    }

    public Response raw(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = response.body() == null || response.body().isBlank() ? json.createObjectNode()
                    : json.readTree(response.body());
            return new Response(response.statusCode(), node, response);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private Response send(String method, String path, Object body, String user, Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        if (user != null) {
            all.put("Authorization", "Bearer " + token(user));
        }
        return raw(method, path, body == null ? null : json.writeValueAsString(body), body == null ? null : "application/json", all);
    }
}
