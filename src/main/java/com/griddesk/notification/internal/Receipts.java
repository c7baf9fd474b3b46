package com.griddesk.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

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
        transactions.executeWithoutResult(tx -> {
            // the relay takes the same lock while it records the part, so one of us sees the other
            lockMessage(messageId);
            jdbc.sql("""
                    insert into sms_receipt (message_id, destination, state, error, text_start, received_at)
                    values (?, ?, ?, ?, ?, ?) on conflict (message_id) do nothing""")
                    .param(messageId).param(destination).param(state).param(error).param(textStart)
                    .param(Timestamp.from(clock.instant())).update();
            List<Long> ids = jdbc.sql("select notification_id from sms_segment where message_id = ?").param(messageId)
                    .query(Long.class).list();
            settle(ids);
        });
    }

    void lockMessage(String messageId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 95598))").param(messageId).query().singleRow();
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
        for (Tally t : tallies) {
            if (t.failures() != null) {
                finish(t.id(), DeliveryStatus.FAILED, "SMSC: " + t.failures(), now);
            }
            else if (t.expired() > 0) {
                finish(t.id(), DeliveryStatus.EXPIRED, "SMSC: EXPIRED", now);
            }
            else if (t.delivered() == t.parts()) {
                finish(t.id(), DeliveryStatus.DELIVERED, null, now);
            }
        }
    }

    private void finish(long id, DeliveryStatus status, String reason, Instant now) {
        String column = switch (status) {
            case DELIVERED -> "delivered_at";
            case EXPIRED -> "expired_at";
            default -> "failed_at";
        };
        var reference = jdbc.sql("""
                update notification set status = ?, %s = ?, sent_at = coalesce(sent_at, ?), last_error = coalesce(?, last_error)
                where id = ? and status in ('SENDING', 'SENT') returning coalesce(reference, '')""".formatted(column))
                .param(status.name()).param(Timestamp.from(now)).param(Timestamp.from(now)).param(reason).param(id)
                .query(String.class).optional();
        if (reference.isEmpty()) {
            return;
        }
        String ref = reference.get().isEmpty() ? null : reference.get();
        if (status == DeliveryStatus.DELIVERED) {
            List<String> ids = jdbc.sql("select message_id from sms_segment where notification_id = ? order by seq")
                    .param(id).query(String.class).list();
            events.publishEvent(new NotificationDelivered(id, ref, Channel.SMS, now, ids));
        }
        else {
            events.publishEvent(new NotificationFailed(id, ref, Channel.SMS, now, reason, status == DeliveryStatus.EXPIRED));
        }
    }
}
