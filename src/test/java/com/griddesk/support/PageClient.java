package com.griddesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: logs in through the form and keeps the session, CSRF token included. */
public final class PageClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public record Page(int status, String body, HttpResponse<String> raw) {

        public String location() {
            return raw.headers().firstValue("Location").orElse(null);
        }
    }

    private final String base;
    private final HttpClient http;
    private String csrf;

    public PageClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static PageClient loggedIn(int port, String user) {
        PageClient client = new PageClient(port);
        client.login(user);
        return client;
    }

    public Page login(String user) {
        get("/login");
        Page result = form("/login", Map.of("username", user, "password", ApiClient.DEMO_PASSWORD));
        if (result.status() != 302 || result.location().contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + result.status() + " " + result.location());
        }
        return result;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    public Page htmx(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of("HX-Request", "true"));
    }

    /** Posts a form as the page would, with the session's CSRF token. */
    public Page form(String path, Map<String, String> fields) {
        return form(path, fields, Map.of());
    }

    /** Posts a form the way htmx does (HX-Request), which answers a fragment. */
    public Page htmxForm(String path, Map<String, String> fields) {
        return form(path, fields, Map.of("HX-Request", "true"));
    }

    private Page form(String path, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.put("_csrf", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), headers);
    }

    /** Follows one redirect, as a browser would after a form post. */
    public Page follow(Page redirect) {
        String location = redirect.location();
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    private Page send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        request.header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response.body());
            return new Page(response.statusCode(), response.body(), response);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private void remember(String body) {
        if (body == null) {
            return;
        }
        Matcher m = CSRF_META.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
            return;
        }
        m = CSRF_INPUT.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
