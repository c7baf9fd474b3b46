package com.griddesk.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationDelivered;
import com.griddesk.notification.NotificationEvent;
import com.griddesk.notification.NotificationFailed;
import com.griddesk.notification.NotificationSettings;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes notifications into the outbox table, in the caller's transaction: renders the template,
 * picks channels and addresses, and decides the rules that hold at once (opt-out, missing
 * address). The relay does the rest. Every row has an idempotency key, so a repeated trigger
 * writes nothing new.
 */
@Component
public class Outbox {

    private final NotificationStore store;
    private final Templates templates;
    private final Webhooks webhooks;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(NotificationStore store, Templates templates, Webhooks webhooks, NotificationSettings settings,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.webhooks = webhooks;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The customer hears on every channel the contact allows; webhook subscribers hear too. */
    List<Long> toCustomer(String keyBase, NotificationEvent event, Contact contact, About about, Map<String, String> vars) {
        List<Long> ids = new ArrayList<>();
        for (Channel channel : contact.channels(event.legal())) {
            ids.add(queue(customerDraft(keyBase + ":" + channel, event, contact, channel, about, vars)));
        }
        toSubscribers(keyBase, event, contact, about, vars);
        return ids;
    }

    /**
     * One notification on one channel (null: the first the contact allows). An opt-out or a
     * missing address gives a FAILED row with the reason, so the caller sees why.
     */
    long toCustomerOn(String key, NotificationEvent event, Contact contact, Channel channel, About about,
            Map<String, String> vars) {
        List<Channel> allowed = contact.channels(event.legal());
        Channel chosen = channel != null ? channel : allowed.isEmpty() ? Channel.SMS : allowed.get(0);
        Draft draft = customerDraft(key, event, contact, chosen, about, vars);
        if (!event.legal() && contact.preference().optedOut()) {
            return queue(failed(draft, "OPTED_OUT"));
        }
        if (contact.address(chosen) == null) {
            return queue(failed(draft, "NO_ADDRESS"));
        }
        if (!allowed.contains(chosen)) {
            return queue(failed(draft, "CHANNEL_DISABLED"));
        }
        long id = queue(draft);
        toSubscribers(key, event, contact, about, vars);
        return id;
    }

    private void toSubscribers(String keyBase, NotificationEvent event, Contact contact, About about, Map<String, String> vars) {
        Map<String, String> filled = filled(vars, contact.name());
        webhooks.fanOut(keyBase, event, about, filled, templates.get(event, Channel.SMS, "zh-CN").render(filled).body())
                .forEach(this::queue);
    }

    long toStaff(String key, NotificationEvent event, long staffId, About about, Map<String, String> vars) {
        Map<String, String> filled = filled(vars, null);
        Template.Rendered text = templates.get(event, Channel.IN_APP, "zh-CN").render(filled);
        long id = queue(new Draft(key, event, Channel.IN_APP, "STAFF", staffId, null, "zh-CN", about.orderId(),
                about.orderNumber(), null, about.reference(), urgent(event, about), event.legal(), text.subject(),
                text.body(), DeliveryStatus.DELIVERED, null, null));
        webhooks.fanOut(key, event, about, filled, text.body()).forEach(this::queue);
        return id;
    }

    /** A member of staff by e-mail (a subscription): queued like a customer e-mail, without quiet hours or webhooks. */
    long toStaffByEmail(String key, NotificationEvent event, long staffId, String email, About about, Map<String, String> vars) {
        Template.Rendered text = templates.get(event, Channel.EMAIL, "zh-CN").render(filled(vars, null));
        return queue(new Draft(key, event, Channel.EMAIL, "STAFF", staffId, email, "zh-CN", about.orderId(),
                about.orderNumber(), null, about.reference(), urgent(event, about), event.legal(), text.subject(),
                text.body(), DeliveryStatus.QUEUED, null, clock.instant().plus(settings.validity())));
    }

    private Draft customerDraft(String key, NotificationEvent event, Contact contact, Channel channel, About about,
            Map<String, String> vars) {
        String locale = contact.preference().locale();
        Template.Rendered text = templates.get(event, channel, locale).render(filled(vars, contact.name()));
        Instant now = clock.instant();
        return new Draft(key, event, channel, contact.customerId() != null ? "CUSTOMER" : "ADDRESS",
                contact.customerId(), contact.address(channel), locale, about.orderId(), about.orderNumber(),
                contact.customerId(), about.reference(), urgent(event, about), event.legal(), text.subject(),
                text.body(), DeliveryStatus.QUEUED, null, now.plus(settings.validity()));
    }

    private static Draft failed(Draft d, String reason) {
        return new Draft(d.key(), d.event(), d.channel(), d.recipientKind(), d.recipientId(), d.address(), d.locale(),
                d.orderId(), d.orderNumber(), d.customerId(), d.reference(), d.urgent(), d.legal(), d.subject(),
                d.body(), DeliveryStatus.FAILED, reason, null);
    }

    private static boolean urgent(NotificationEvent event, About about) {
        return about.urgent() != null ? about.urgent() : event.urgent();
    }

    private Map<String, String> filled(Map<String, String> vars, String customerName) {
        Map<String, String> all = new HashMap<>(vars);
        all.putIfAbsent("hotline", settings.hotline());
        all.putIfAbsent("customerName", customerName != null && !customerName.isBlank() ? customerName : "客户");
        return all;
    }

    /** Writes the draft, or answers the row already written under its key. */
    long queue(Draft d) {
        Instant now = clock.instant();
        var inserted = store.insert(d, now);
        if (inserted.isPresent()) {
            long id = inserted.get();
            if (d.status() == DeliveryStatus.DELIVERED) {
                events.publishEvent(new NotificationDelivered(id, d.reference(), d.channel(), now, List.of()));
            }
            else if (d.status() == DeliveryStatus.FAILED) {
                events.publishEvent(new NotificationFailed(id, d.reference(), d.channel(), now, d.reason(), false));
            }
            return id;
        }
        NotificationRow existing = store.byKey(d.key()).orElseThrow();
        if (existing.event() != d.event() || existing.channel() != d.channel()
                || !Objects.equals(existing.address(), d.address()) || !Objects.equals(existing.recipientId(), d.recipientId())) {
            throw new DomainException(ProblemCode.IDEMPOTENCY_KEY_REUSED, d.key());
        }
        return existing.id();
    }
}
