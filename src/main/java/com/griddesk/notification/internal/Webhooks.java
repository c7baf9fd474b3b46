package com.griddesk.notification.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationSettings;
import com.griddesk.notification.WebhookSubscription;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Webhook subscriptions, and the payload each of them gets for a notification event. */
@Repository
public class Webhooks {

    /** Enabled subscriptions, read again after a few seconds (another instance's change shows soon), not per message. */
    private static final long CACHE_NANOS = 10_000_000_000L;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NotificationSettings settings;
    private final Clock clock;
    private volatile Cached enabled;

    private record Cached(List<WebhookSubscription> subscriptions, long loadedNanos) {
    }

    Webhooks(JdbcClient jdbc, NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
        this.settings = settings;
        this.clock = clock;
    }

    /** One WEBHOOK draft per enabled subscription to the event. */
    List<Draft> fanOut(String keyBase, NotificationEvent event, About about, Map<String, String> vars, String text) {
        List<Draft> drafts = new ArrayList<>();
        for (WebhookSubscription s : enabledFor(event)) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("event", event.name());
            payload.put("occurredAt", clock.instant().toString());
            payload.put("orderNumber", about.orderNumber());
            payload.put("reference", about.reference());
            payload.put("text", text);
            payload.put("variables", new TreeMap<>(vars));
            drafts.add(new Draft(keyBase + ":webhook:" + s.id(), event, Channel.WEBHOOK, "SUBSCRIBER", s.id(), s.url(),
                    "zh-CN", about.orderId(), about.orderNumber(), null, about.reference(),
                    about.urgent() != null ? about.urgent() : event.urgent(), event.legal(), null,
                    json.writeValueAsString(payload), DeliveryStatus.QUEUED, null,
                    clock.instant().plus(settings.validity())));
        }
        return drafts;
    }

    private List<WebhookSubscription> enabledFor(NotificationEvent event) {
        Cached cached = enabled;
        if (cached == null || System.nanoTime() - cached.loadedNanos() >= CACHE_NANOS) {
            cached = new Cached(jdbc.sql("select * from webhook_subscription where enabled order by id")
                    .query((rs, n) -> map(rs)).list(), System.nanoTime());
            enabled = cached;
        }
        return cached.subscriptions().stream()
                .filter(sub -> sub.events().isEmpty() || sub.events().contains(event.name())).toList();
    }

    public List<WebhookSubscription> all() {
        return jdbc.sql("select * from webhook_subscription order by id").query((rs, n) -> map(rs)).list();
    }

    public Optional<WebhookSubscription> find(long id) {
        return jdbc.sql("select * from webhook_subscription where id = ?").param(id).query((rs, n) -> map(rs)).optional();
    }

    Optional<String> secret(long id) {
        return jdbc.sql("select secret from webhook_subscription where id = ? and enabled").param(id)
                .query(String.class).optional();
    }

    public WebhookSubscription subscribe(String name, String url, String secret, List<String> events) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new DomainException.FieldError("name", "validation.NotBlank", "name"));
        }
        if (!httpUrl(url)) {
            errors.add(new DomainException.FieldError("url", "validation.url", "url"));
        }
        if (secret == null || secret.length() < 16) {
            errors.add(new DomainException.FieldError("secret", "validation.secretLength", 16));
        }
        List<String> names = events == null ? List.of() : events;
        for (String e : names) {
            if (Arrays.stream(NotificationEvent.values()).noneMatch(v -> v.name().equals(e))) {
                errors.add(new DomainException.FieldError("events", "validation.unknownEvent", e));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        long id = jdbc.sql("""
                insert into webhook_subscription (name, url, secret, events, created_at) values (?, ?, ?, ?, ?)
                on conflict (url) do update set name = excluded.name, secret = excluded.secret,
                    events = excluded.events, enabled = true
                returning id""")
                .param(name.strip()).param(url.strip()).param(secret).param(names.toArray(String[]::new))
                .param(Timestamp.from(clock.instant())).query(Long.class).single();
        forget();
        return find(id).orElseThrow();
    }

    public void unsubscribe(long id) {
        if (jdbc.sql("update webhook_subscription set enabled = false where id = ? and enabled").param(id).update() == 0) {
            throw DomainException.notFound(ProblemCode.WEBHOOK_NOT_FOUND, id);
        }
        forget();
    }

    /** Drops the cached subscriptions now and once more when the change commits (a read in between saw the old ones). */
    private void forget() {
        enabled = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    enabled = null;
                }
            });
        }
    }

    private static boolean httpUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    private static WebhookSubscription map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WebhookSubscription(rs.getLong("id"), rs.getString("name"), rs.getString("url"),
                List.of((String[]) rs.getArray("events").getArray()), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }
}
