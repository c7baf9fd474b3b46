package com.griddesk.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationRequest;
import com.griddesk.notification.Notifications;
import com.griddesk.notification.Recipient;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.report.ReportContent;
import com.griddesk.report.ReportGenerated;
import com.griddesk.report.ReportKind;
import com.griddesk.report.ReportPeriod;
import com.griddesk.report.ReportSettings;
import com.griddesk.shared.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates one document per kind, period and unit, never two: an existing one is returned as it is;
 * generations of one key queue on an advisory lock and the second finds the first's document; the
 * archive's unique key is the guard underneath. The document, its PDF and Excel files and the
 * subscribers' e-mails are written in one transaction.
 */
@Component
public class ReportGenerator {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerator.class);

    private final ReportComposer composer;
    private final PdfRenderer pdf;
    private final ExcelRenderer excel;
    private final ReportStore store;
    private final SubscriptionStore subscriptions;
    private final Notifications notifications;
    private final OrgDirectory org;
    private final ReportSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ReportGenerator(ReportComposer composer, PdfRenderer pdf, ExcelRenderer excel, ReportStore store,
            SubscriptionStore subscriptions, Notifications notifications, OrgDirectory org, ReportSettings settings,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.composer = composer;
        this.pdf = pdf;
        this.excel = excel;
        this.store = store;
        this.subscriptions = subscriptions;
        this.notifications = notifications;
        this.org = org;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The document's id, generated now unless it exists; {@code by} is null for the schedule. */
    public long generate(ReportKind kind, ReportPeriod period, OrgUnit unit, Actor by) {
        Optional<Long> existing = store.find(kind, period, unit.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        return transactions.execute(status -> {
            // one generation per key at a time: a second caller waits, then finds the document
            store.lock(kind, period, unit.id());
            Optional<Long> done = store.find(kind, period, unit.id());
            return done.isPresent() ? done.get() : compose(kind, period, unit, by);
        });
    }

    private long compose(ReportKind kind, ReportPeriod period, OrgUnit unit, Actor by) {
        long started = System.nanoTime();
        Locale previous = LocaleContextHolder.getLocale();
        ReportContent content;
        try {
            LocaleContextHolder.setLocale(ReportComposer.ZH);
            content = composer.compose(kind, period, unit);
        }
        finally {
            LocaleContextHolder.setLocale(previous);
        }
        Instant now = clock.instant();
        String footer = "GridDesk · " + now.atZone(SignalRecorder.ZONE).toLocalDateTime().withNano(0)
                + (by == null ? "" : " · " + by.name());
        byte[] pdfBytes = pdf.render(content, footer);
        byte[] xlsxBytes = excel.render(content);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Optional<Long> id = store.insert(kind, period, unit.id(), unit.path(), unit.nameZh(), content.title(),
                json.writeValueAsString(content), pdfBytes, xlsxBytes, now, by == null ? null : by.staffId(),
                by == null ? null : by.name(), millis);
        if (id.isEmpty()) {
            return store.find(kind, period, unit.id()).orElseThrow();
        }
        log.info("Report {} {} {} generated in {} ms", kind, period.start(), unit.code(), millis);
        mail(id.get(), kind, unit, content.title());
        events.publishEvent(new ReportGenerated(id.get(), kind, unit.path(), period.start(), now));
        return id.get();
    }

    /** Every subscriber of the kind who may see the unit's report gets the link to it (the notification module has no attachments). */
    private void mail(long id, ReportKind kind, OrgUnit unit, String title) {
        String link = settings.publicUrl().replaceAll("/+$", "") + "/reports/" + id;
        for (SubscriptionStore.Subscription s : subscriptions.to(kind)) {
            boolean sees = org.staff(s.staffId()).filter(m -> m.enabled())
                    .map(m -> unit.path().startsWith(org.unit(m.unitId()).path())).orElse(false);
            if (sees) {
                notifications.send(new NotificationRequest("report:" + id + ":" + s.staffId(), NotificationEvent.REPORT_ISSUED,
                        null, Recipient.staffEmail(s.staffId(), s.email()), Map.of("title", title, "link", link),
                        "report:" + id, null, null));
            }
        }
    }
}
