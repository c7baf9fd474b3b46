package com.griddesk.notification.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Templates per event, channel and language, kept in {@code notification_template}; the defaults
 * of {@code notification/default-templates.properties} are added on start where a row is missing
 * and replace a row nobody edited, so an administrator's edits survive upgrades.
 */
@Service
public class Templates {

    public static final List<String> LOCALES = List.of("zh-CN", "en");

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Read templates for a few seconds, so that another instance's edit shows soon without a query per message. */
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Template template, long loadedNanos) {
    }

    private static final long CACHE_NANOS = 10_000_000_000L;

    Templates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        loadDefaults();
    }

    private void loadDefaults() {
        Properties defaults = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource("notification/default-templates.properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            defaults.load(in);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        for (NotificationEvent event : NotificationEvent.values()) {
            for (Channel channel : event.channels()) {
                for (String locale : LOCALES) {
                    String prefix = event + "." + channel + "." + locale + ".";
                    String body = defaults.getProperty(prefix + "body");
                    if (body == null) {
                        throw new IllegalStateException("no default template " + prefix + "body");
                    }
                    jdbc.sql("""
                            insert into notification_template (event, channel, locale, subject, body, updated_at)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                            .param(event.name()).param(channel.name()).param(locale)
                            .param(defaults.getProperty(prefix + "subject")).param(body)
                            .param(Timestamp.from(clock.instant())).update();
                    // a default nobody edited follows the new default (a template gained a variable)
                    jdbc.sql("""
                            update notification_template set subject = ?, body = ?, updated_at = ?
                            where event = ? and channel = ? and locale = ? and updated_by is null
                              and (body <> ? or subject is distinct from ?)""")
                            .param(defaults.getProperty(prefix + "subject")).param(body)
                            .param(Timestamp.from(clock.instant())).param(event.name()).param(channel.name()).param(locale)
                            .param(body).param(defaults.getProperty(prefix + "subject")).update();
                }
            }
        }
    }

    public List<Template> all() {
        return jdbc.sql("select * from notification_template order by event, channel, locale")
                .query((rs, n) -> row(rs)).list().stream()
                .sorted(java.util.Comparator.comparing((Template t) -> t.event().ordinal())
                        .thenComparing(t -> t.channel().ordinal()).thenComparing(t -> LOCALES.indexOf(t.locale())))
                .toList();
    }

    /** The template, falling back to Chinese when the language has none. */
    public Template get(NotificationEvent event, Channel channel, String locale) {
        return find(event, channel, locale).or(() -> find(event, channel, "zh-CN"))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.TEMPLATE_NOT_FOUND, event + "/" + channel));
    }

    public Optional<Template> find(NotificationEvent event, Channel channel, String locale) {
        String key = event + "|" + channel + "|" + locale;
        Cached cached = cache.get(key);
        if (cached != null && System.nanoTime() - cached.loadedNanos() < CACHE_NANOS) {
            return Optional.of(cached.template());
        }
        Optional<Template> found = jdbc.sql("select * from notification_template where event = ? and channel = ? and locale = ?")
                .param(event.name()).param(channel.name()).param(locale).query((rs, n) -> row(rs)).optional();
        found.ifPresent(t -> cache.put(key, new Cached(t, System.nanoTime())));
        return found;
    }

    /** Changes a template; only administrators may, and only with the event's variables. */
    public Template update(NotificationEvent event, Channel channel, String locale, String subject, String body,
            CurrentStaff staff) {
        if (!staff.has(Role.ADMIN)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        Template current = find(event, channel, locale)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.TEMPLATE_NOT_FOUND, event + "/" + channel + "/" + locale));
        List<DomainException.FieldError> errors = validate(event, channel, subject, body);
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        String cleanSubject = subject == null || subject.isBlank() ? null : subject.strip();
        jdbc.sql("""
                update notification_template set subject = ?, body = ?, updated_at = ?, updated_by = ?
                where event = ? and channel = ? and locale = ?""")
                .param(cleanSubject).param(body.strip()).param(Timestamp.from(clock.instant())).param(staff.id())
                .param(event.name()).param(channel.name()).param(locale).update();
        cache.remove(event + "|" + channel + "|" + locale);
        return find(event, channel, current.locale()).orElseThrow();
    }

    /** What is wrong with a proposed text: empty, a subject missing where one is needed, unknown variables. */
    public List<DomainException.FieldError> validate(NotificationEvent event, Channel channel, String subject, String body) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            errors.add(new DomainException.FieldError("body", "validation.NotBlank", "body"));
        }
        if (channel != Channel.SMS && (subject == null || subject.isBlank())) {
            errors.add(new DomainException.FieldError("subject", "validation.NotBlank", "subject"));
        }
        for (String field : List.of("subject", "body")) {
            for (String name : TemplateText.variables(field.equals("subject") ? subject : body)) {
                if (!event.allows(name)) {
                    errors.add(new DomainException.FieldError(field, "validation.unknownVariable", name,
                            String.join(", ", allowed(event))));
                }
            }
        }
        return errors;
    }

    public static List<String> allowed(NotificationEvent event) {
        List<String> names = new ArrayList<>(event.variables());
        names.addAll(NotificationEvent.COMMON_VARIABLES);
        return names;
    }

    private static Template row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Template(NotificationEvent.valueOf(rs.getString("event")), Channel.valueOf(rs.getString("channel")),
                rs.getString("locale"), rs.getString("subject"), rs.getString("body"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
