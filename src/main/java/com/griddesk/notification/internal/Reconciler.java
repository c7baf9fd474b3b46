package com.griddesk.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.griddesk.notification.Channel;
import com.griddesk.notification.NotificationFailed;
import com.griddesk.notification.NotificationSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles rows a relay left SENDING past its lease — it crashed, or a submit timed out. An SMS is
 * never blindly sent again: parts with a message id went out; parts without one are matched to
 * unclaimed receipts (the SMSC receipts every message it took); only parts still unaccounted for
 * after the receipt grace go out again. Other channels go again after the backoff (their gateways
 * see the same Message-ID or delivery id and can drop the repeat).
 */
@Component
class Reconciler {

    private final RelayStore store;
    private final Receipts receipts;
    private final NotificationSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    Reconciler(RelayStore store, Receipts receipts, NotificationSettings settings, ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.store = store;
        this.receipts = receipts;
        this.settings = settings;
        this.events = events;
    }

    /** Each abandoned row in a transaction of its own, so that one row's receipts never wait on another's. */
    void reconcile(Instant now) {
        Instant heldBefore = now.minus(settings.relay().sendingLease());
        for (long id : store.abandoned(heldBefore, settings.relay().batch())) {
            transactions.executeWithoutResult(tx -> store.lockAbandoned(id, heldBefore).ifPresent(row -> settle(row, now)));
        }
    }

    private void settle(NotificationRow row, Instant now) {
        if (row.channel() != Channel.SMS) {
            retryOrFail(row, row.attempts(), "relay interrupted before recording the outcome; sending again", now);
            return;
        }
        store.adoptReceipts(row);
        Set<Integer> pending = store.pendingParts(List.of(row.id())).getOrDefault(row.id(), Set.of());
        if (pending.isEmpty()) {
            store.sent(List.of(row.id()), now);
            receipts.settle(List.of(row.id()));
        }
        else if (!now.isBefore(row.sendingAt().plus(settings.relay().receiptGrace()))) {
            retryOrFail(row, row.attempts(),
                    "no receipt for parts " + pending + " after the relay was interrupted; sending them again", now);
        }
    }

    void retryOrFail(NotificationRow row, int attempt, String reason, Instant now) {
        if (attempt >= settings.retry().maxAttempts()) {
            fail(row, reason + " (after " + attempt + " attempts)", now);
            return;
        }
        store.requeue(row.id(), now.plus(settings.retry().backoffAfter(attempt)), reason);
    }

    void fail(NotificationRow row, String reason, Instant now) {
        store.failed(row.id(), reason, now);
        events.publishEvent(new NotificationFailed(row.id(), row.reference(), row.channel(), now, reason, false));
    }
}
