package com.griddesk.textmining;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.griddesk.support.ApiClient;

/** A browser-like session for page tests: logs in through the form and keeps the cookie. */
final class PageSession {


    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    PageSession(int port, String user) {
        this.base = "http://localhost:" + port;
        String login = get("/login", false).body();
        HttpResponse<String> done = post("/login", Map.of("username", user, "password", ApiClient.DEMO_PASSWORD,
                "_csrf", csrf(login)));
        if (done.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("login failed for " + user);
        }
    }

    HttpResponse<String> get(String path, boolean htmx) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (htmx) {
            r.header("HX-Request", "true");
        }
        return send(r.build());
    }

    /** A form post from a page: the CSRF token is read from the page first. */
    HttpResponse<String> postFrom(String page, String path, Map<String, String> form) {
        Map<String, String> all = new java.util.HashMap<>(form);
        all.put("_csrf", csrf(get(page, false).body()));
        return post(path, all);
    }

    private HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"|name=\"_csrf\"[^>]*content=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }
}
