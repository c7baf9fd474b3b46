package com.griddesk.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationDelivered;
import com.griddesk.notification.NotificationFailed;
import com.griddesk.notification.NotificationSettings;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. One pass: expire what is past its validity, look again at rows a crashed
 * relay left SENDING, then in batches claim due rows ({@code FOR UPDATE SKIP LOCKED}), apply quiet
 * hours and the rate limit, mark the rest SENDING with a numbered attempt and commit — only then
 * send, in parallel, and write the outcomes. A crash after sending and before the outcome leaves
 * the row SENDING; {@link Reconciler} settles it from the SMSC's receipts instead of sending twice.
 */
@Component
public class Relay {

    private static final Logger log = LoggerFactory.getLogger(Relay.class);
    private static final int MAX_BATCHES_PER_PASS = 20;

    /** A row this relay holds: the attempt number and, for SMS, the parts still to submit. */
    record Claimed(NotificationRow row, int attempt, Set<Integer> pendingParts) {
    }

    /** What one pass did. */
    public record Pass(int handed, int held, int expired) {
    }

    private final RelayStore store;
    private final Reconciler reconciler;
    private final Receipts receipts;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationSettings settings;
    private final DeliveryRules rules;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExecutorService pool;

    Relay(RelayStore store, Reconciler reconciler, Receipts receipts, List<ChannelSender> senders,
            NotificationSettings settings, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reconciler = reconciler;
        this.receipts = receipts;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.settings = settings;
        this.rules = new DeliveryRules(settings, clock.getZone());
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.relay().threads()), r -> {
            Thread t = new Thread(r, "notification-relay");
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(fixedDelayString = "${griddesk.notification.relay.interval:PT0.2S}")
    @SchedulerLock(name = "notification-relay", lockAtMostFor = "PT5M")
    void scheduled() {
        runOnce();
    }

    /** One pass at the clock's present; returns what it did. */
    public Pass runOnce() {
        Instant now = clock.instant();
        int expired = transactions.execute(tx -> expire(now));
        reconciler.reconcile(now);
        int handed = 0;
        int held = 0;
        for (int i = 0; i < MAX_BATCHES_PER_PASS; i++) {
            Batch batch = claim(now);
            held += batch.held();
            if (!batch.claimed().isEmpty()) {
                Map<Claimed, SendOutcome> outcomes = send(batch.claimed());
                transactions.executeWithoutResult(tx -> record(outcomes));
                handed += batch.claimed().size();
            }
            if (batch.due() < settings.relay().batch()) {
                break;
            }
        }
        if (handed > 0 || expired > 0) {
            log.debug("Notification relay: {} handed to gateways, {} held back, {} expired", handed, held, expired);
        }
        return new Pass(handed, held, expired);
    }

    private int expire(Instant now) {
        List<RelayStore.Ended> ended = store.expire(now, now.minus(settings.relay().receiptGrace()));
        ended.forEach(e -> events.publishEvent(new NotificationFailed(e.id(), e.reference(), e.channel(), now,
                "EXPIRED", true)));
        return ended.size();
    }

    /** Rows found due, rows held back by a rule, rows now SENDING and ours. */
    record Batch(int due, int held, List<Claimed> claimed) {
    }

    /** Claims one batch in its own transaction: after it commits, the claimed rows are SENDING. */
    Batch claim(Instant now) {
        return transactions.execute(tx -> claimInTransaction(now));
    }

    private Batch claimInTransaction(Instant now) {
        List<NotificationRow> due = store.claimDue(now, settings.relay().batch());
        int held = 0;
        Map<String, RelayStore.Recent> recent = store.recentSends(
                due.stream().filter(r -> r.address() != null && !r.urgent()).map(NotificationRow::address).distinct().toList(),
                now.minus(settings.rateLimit().window()));
        Map<String, Integer> takenNow = new HashMap<>();
        List<NotificationRow> go = new ArrayList<>();
        for (NotificationRow row : due) {
            RelayStore.Recent r = row.address() == null ? null : recent.get(row.address());
            int count = (r == null ? 0 : r.count()) + takenNow.getOrDefault(row.address(), 0);
            Optional<DeliveryRules.Hold> hold = rules.quietHours(row, now)
                    .or(() -> rules.rateLimit(row, count, r == null ? null : r.oldest(), now));
            if (hold.isPresent()) {
                store.hold(row.id(), hold.get().reason(), hold.get().until());
                held++;
                continue;
            }
            if (row.address() != null) {
                takenNow.merge(row.address(), 1, Integer::sum);
            }
            go.add(row);
        }
        Map<Long, List<SmsCodec.Part>> plans = new LinkedHashMap<>();
        go.stream().filter(r -> r.channel() == Channel.SMS).forEach(r -> plans.put(r.id(), SmsSender.parts(r)));
        store.planParts(plans);
        Map<Long, Set<Integer>> pending = store.pendingParts(plans.keySet());
        Map<Long, Integer> attempts = store.markSending(go.stream().map(NotificationRow::id).toList(), now);
        List<Claimed> claimed = new ArrayList<>();
        for (NotificationRow row : go) {
            claimed.add(new Claimed(row, attempts.get(row.id()), pending.getOrDefault(row.id(), Set.of())));
        }
        return new Batch(due.size(), held, claimed);
    }

    /** Sends outside any transaction; a gateway that is down fails its whole share of the batch at once. */
    Map<Claimed, SendOutcome> send(List<Claimed> claimed) {
        Map<Channel, Optional<String>> down = new EnumMap<>(Channel.class);
        Map<Claimed, Future<SendOutcome>> futures = new LinkedHashMap<>();
        Map<Claimed, SendOutcome> outcomes = new LinkedHashMap<>();
        for (Claimed c : claimed) {
            ChannelSender sender = senders.get(c.row().channel());
            if (sender == null) {
                outcomes.put(c, new SendOutcome.Refused("no sender for " + c.row().channel()));
                continue;
            }
            Optional<String> unavailable = down.computeIfAbsent(c.row().channel(), ch -> sender.unavailable());
            if (unavailable.isPresent()) {
                outcomes.put(c, new SendOutcome.Retry(unavailable.get()));
                continue;
            }
            futures.put(c, pool.submit(() -> sender.send(c.row(), c.pendingParts())));
        }
        futures.forEach((c, f) -> outcomes.put(c, result(f)));
        return outcomes;
    }

    private static SendOutcome result(Future<SendOutcome> future) {
        try {
            return future.get();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new SendOutcome.Unknown("relay interrupted");
        }
        catch (java.util.concurrent.ExecutionException ex) {
            return new SendOutcome.Unknown("sender failed: " + ex.getCause().getClass().getSimpleName());
        }
    }

    void record(Map<Claimed, SendOutcome> outcomes) {
        Instant now = clock.instant();
        List<RelayStore.PartId> parts = new ArrayList<>();
        List<Long> submitted = new ArrayList<>();
        for (var e : outcomes.entrySet()) {
            if (e.getValue() instanceof SendOutcome.Submitted s) {
                long id = e.getKey().row().id();
                s.messageIds().forEach((seq, messageId) -> parts.add(new RelayStore.PartId(id, seq, messageId)));
                submitted.add(id);
            }
        }
        // a receipt may be arriving for these parts right now: take the locks Receipts takes, in its order
        receipts.lockMessages(parts.stream().map(RelayStore.PartId::messageId).toList());
        store.recordParts(parts, now);
        List<Long> sent = new ArrayList<>();
        List<RelayStore.Finished> finished = new ArrayList<>();
        for (var e : outcomes.entrySet()) {
            apply(e.getKey(), e.getValue(), now, sent, finished);
        }
        store.sent(sent, now);
        store.finishAttempts(finished, now);
        receipts.settle(submitted);
    }

    private void apply(Claimed c, SendOutcome outcome, Instant now, List<Long> sent, List<RelayStore.Finished> finished) {
        NotificationRow row = c.row();
        if (outcome instanceof SendOutcome.Delivered d) {
            store.delivered(row.id(), d.gatewayId(), now);
            finished.add(new RelayStore.Finished(row.id(), c.attempt(), "DELIVERED", null));
            events.publishEvent(new NotificationDelivered(row.id(), row.reference(), row.channel(), now,
                    List.of(d.gatewayId())));
        }
        else if (outcome instanceof SendOutcome.Submitted s) {
            if (s.rest() != null) {
                apply(c, s.rest(), now, sent, finished);
                return;
            }
            sent.add(row.id());
            finished.add(new RelayStore.Finished(row.id(), c.attempt(), "SUBMITTED", null));
        }
        else if (outcome instanceof SendOutcome.Retry r) {
            boolean last = c.attempt() >= settings.retry().maxAttempts();
            finished.add(new RelayStore.Finished(row.id(), c.attempt(), last ? "FAILED" : "RETRY", r.reason()));
            reconciler.retryOrFail(row, c.attempt(), r.reason(), now);
        }
        else if (outcome instanceof SendOutcome.Refused r) {
            finished.add(new RelayStore.Finished(row.id(), c.attempt(), "FAILED", r.reason()));
            reconciler.fail(row, r.reason(), now);
        }
        else if (outcome instanceof SendOutcome.Unknown u) {
            store.noteError(row.id(), u.reason());
            finished.add(new RelayStore.Finished(row.id(), c.attempt(), "UNKNOWN", u.reason()));
        }
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
