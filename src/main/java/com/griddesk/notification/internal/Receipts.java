package com.griddesk.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationDelivered;
import com.griddesk.notification.NotificationFailed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SMS delivery receipts: stored as they come (a repeated receipt changes nothing), then each SMS
 * whose parts all have their receipt is settled — DELIVERED when every part arrived, FAILED when
 * one could not be delivered, EXPIRED when one ran out of validity.
 */
@Component
public class Receipts {

    /** A delivery receipt as the SMSC sent it. */
    public record Receipt(String messageId, String destination, String state, String error, String textStart) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Receipts(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public void record(String messageId, String destination, String state, String error, String textStart) {
        recordAll(List.of(new Receipt(messageId, destination, state, error, textStart)));
    }

    /** Stores a batch of receipts and settles the SMS they complete, in one transaction. */
    public void recordAll(List<Receipt> receipts) {
        transactions.executeWithoutResult(tx -> {
            // the relay takes the same locks while it records the parts, so one of us sees the other
            lockMessages(receipts.stream().map(Receipt::messageId).toList());
            jdbc.sql("""
                    insert into sms_receipt (message_id, destination, state, error, text_start, received_at)
                    select m, d, s, e, t, ? from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) r(m, d, s, e, t)
                    on conflict (message_id) do nothing""")
                    .param(Timestamp.from(clock.instant()))
                    .param(receipts.stream().map(Receipt::messageId).toArray(String[]::new))
                    .param(receipts.stream().map(Receipt::destination).toArray(String[]::new))
                    .param(receipts.stream().map(Receipt::state).toArray(String[]::new))
                    .param(receipts.stream().map(Receipt::error).toArray(String[]::new))
                    .param(receipts.stream().map(Receipt::textStart).toArray(String[]::new)).update();
            List<Long> ids = jdbc.sql("select distinct notification_id from sms_segment where message_id = any(?)")
                    .param(receipts.stream().map(Receipt::messageId).toArray(String[]::new)).query(Long.class).list();
            settle(ids);
        });
    }

    /** Transaction-scoped locks on message ids, taken in one order by everyone so that nobody deadlocks. */
    void lockMessages(List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                select count(*) from (select pg_advisory_xact_lock(hashtextextended(m, 95598))
                from (select distinct m from unnest(?::text[]) m order by m) ordered) locked""")
                .param(messageIds.toArray(String[]::new)).query(Long.class).single();
    }

    private record Tally(long id, int parts, int delivered, int expired, String failures) {
    }

    /** Moves SMS whose parts all have receipts to their final state; call inside a transaction. */
    void settle(Collection<Long> notificationIds) {
        if (notificationIds.isEmpty()) {
            return;
        }
        List<Tally> tallies = jdbc.sql("""
                select s.notification_id, count(*) parts,
                    count(*) filter (where r.state = 'DELIVRD') delivered,
                    count(*) filter (where r.state = 'EXPIRED') expired,
                    string_agg(case when r.state in ('UNDELIV', 'REJECTD', 'DELETED', 'UNKNOWN')
                        then r.state || coalesce(' err:' || r.error, '') end, ', ') failures
                from sms_segment s left join sms_receipt r on r.message_id = s.message_id
                where s.notification_id = any(?) group by s.notification_id""")
                .param(notificationIds.toArray(Long[]::new))
                .query((rs, n) -> new Tally(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
        Instant now = clock.instant();
        List<Long> delivered = new java.util.ArrayList<>();
        for (Tally t : tallies) {
            if (t.failures() != null) {
                end(t.id(), DeliveryStatus.FAILED, "SMSC: " + t.failures(), now);
            }
            else if (t.expired() > 0) {
                end(t.id(), DeliveryStatus.EXPIRED, "SMSC: EXPIRED", now);
            }
            else if (t.delivered() == t.parts()) {
                delivered.add(t.id());
            }
        }
        delivered(delivered, now);
    }

    private void delivered(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, String> references = new HashMap<>();
        jdbc.sql("""
                update notification set status = 'DELIVERED', delivered_at = ?, sent_at = coalesce(sent_at, ?)
                where id = any(?) and status in ('SENDING', 'SENT') returning id, reference""")
                .param(Timestamp.from(now)).param(Timestamp.from(now)).param(ids.toArray(Long[]::new))
                .query((rs, n) -> references.put(rs.getLong(1), rs.getString(2))).list();
        if (references.isEmpty()) {
            return;
        }
        Map<Long, List<String>> messageIds = new HashMap<>();
        jdbc.sql("select notification_id, message_id from sms_segment where notification_id = any(?) order by notification_id, seq")
                .param(references.keySet().toArray(Long[]::new))
                .query((rs, n) -> messageIds.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2)))
                .list();
        references.forEach((id, reference) -> events.publishEvent(
                new NotificationDelivered(id, reference, Channel.SMS, now, List.copyOf(messageIds.getOrDefault(id, List.of())))));
    }

    private void end(long id, DeliveryStatus status, String reason, Instant now) {
        String column = status == DeliveryStatus.EXPIRED ? "expired_at" : "failed_at";
        jdbc.sql("""
                update notification set status = ?, %s = ?, sent_at = coalesce(sent_at, ?), last_error = ?
                where id = ? and status in ('SENDING', 'SENT') returning reference""".formatted(column))
                .param(status.name()).param(Timestamp.from(now)).param(Timestamp.from(now)).param(reason).param(id)
                .query((rs, n) -> rs.getString(1)).optional()
                .ifPresent(reference -> events.publishEvent(new NotificationFailed(id, reference, Channel.SMS, now, reason,
                        status == DeliveryStatus.EXPIRED)));
    }
}
