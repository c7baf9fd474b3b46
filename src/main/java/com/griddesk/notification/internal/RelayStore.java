package com.griddesk.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.griddesk.notification.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The relay's statements on the outbox; each runs in the relay's transaction. */
@Repository
class RelayStore {

    private final JdbcClient jdbc;

    RelayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Due rows, locked; another instance's relay skips them. */
    List<NotificationRow> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                select * from notification where status = 'QUEUED' and next_attempt_at <= ?
                order by next_attempt_at, id limit ? for update skip locked""")
                .param(ts(now)).param(limit).query(NotificationRow::map).list();
    }

    record Recent(int count, Instant oldest) {
    }

    Map<String, Recent> recentSends(Collection<String> addresses, Instant since) {
        Map<String, Recent> recent = new HashMap<>();
        if (addresses.isEmpty()) {
            return recent;
        }
        jdbc.sql("""
                select address, count(*), min(sent_at) from notification
                where address = any(?) and sent_at >= ? and channel in ('SMS', 'EMAIL') group by address""")
                .param(addresses.toArray(String[]::new)).param(ts(since))
                .query((rs, n) -> recent.put(rs.getString(1), new Recent(rs.getInt(2), rs.getTimestamp(3).toInstant())))
                .list();
        return recent;
    }

    void hold(long id, String reason, Instant until) {
        jdbc.sql("update notification set next_attempt_at = ?, deferred_reason = ? where id = ?")
                .param(ts(until)).param(reason).param(id).update();
    }

    /** The row is ours until the outcome is written: SENDING, with a numbered attempt. */
    int markSending(long id, Instant now) {
        int attempt = jdbc.sql("""
                update notification set status = 'SENDING', attempts = attempts + 1, sending_at = ?, deferred_reason = null
                where id = ? returning attempts""").param(ts(now)).param(id).query(Integer.class).single();
        jdbc.sql("insert into notification_attempt (notification_id, attempt, started_at) values (?, ?, ?)")
                .param(id).param(attempt).param(ts(now)).update();
        return attempt;
    }

    /** Writes the parts an SMS will go out in, before the first of them is submitted. */
    void planParts(long id, List<SmsCodec.Part> parts) {
        for (SmsCodec.Part p : parts) {
            jdbc.sql("""
                    insert into sms_segment (notification_id, seq, total, text_start) values (?, ?, ?, ?)
                    on conflict do nothing""")
                    .param(id).param(p.seq()).param(p.total()).param(SmsCodec.receiptText(p.text())).update();
        }
    }

    /** For each SMS, the parts the SMSC has not given a message id for yet. */
    Map<Long, Set<Integer>> pendingParts(Collection<Long> ids) {
        Map<Long, Set<Integer>> pending = new HashMap<>();
        if (ids.isEmpty()) {
            return pending;
        }
        jdbc.sql("select notification_id, seq from sms_segment where notification_id = any(?) and message_id is null")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> pending.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2)))
                .list();
        return pending;
    }

    void recordPart(long id, int seq, String messageId, Instant now) {
        jdbc.sql("update sms_segment set message_id = ?, submitted_at = ? where notification_id = ? and seq = ?")
                .param(messageId).param(ts(now)).param(id).param(seq).update();
    }

    void finishAttempt(long id, int attempt, String outcome, String error, Instant now) {
        jdbc.sql("update notification_attempt set finished_at = ?, outcome = ?, error = ? where notification_id = ? and attempt = ?")
                .param(ts(now)).param(outcome).param(error).param(id).param(attempt).update();
    }

    void delivered(long id, String gatewayId, Instant now) {
        jdbc.sql("""
                update notification set status = 'DELIVERED', gateway_id = ?, sent_at = ?, delivered_at = ?, last_error = null
                where id = ?""").param(gatewayId).param(ts(now)).param(ts(now)).param(id).update();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update notification set status = 'SENT', sent_at = coalesce(sent_at, ?), last_error = null where id = ? and status = 'SENDING'")
                .param(ts(now)).param(id).update();
    }

    void requeue(long id, Instant next, String reason) {
        jdbc.sql("update notification set status = 'QUEUED', next_attempt_at = ?, last_error = ? where id = ?")
                .param(ts(next)).param(reason).param(id).update();
    }

    void noteError(long id, String reason) {
        jdbc.sql("update notification set last_error = ? where id = ?").param(reason).param(id).update();
    }

    void failed(long id, String reason, Instant now) {
        jdbc.sql("update notification set status = 'FAILED', failed_at = ?, last_error = ? where id = ?")
                .param(ts(now)).param(reason).param(id).update();
    }

    record Ended(long id, String reference, Channel channel) {
    }

    /** QUEUED rows past their validity, and SMS sent but never receipted by then (plus the grace). */
    List<Ended> expire(Instant now, Instant receiptCutoff) {
        List<Ended> ended = new java.util.ArrayList<>(jdbc.sql("""
                update notification set status = 'EXPIRED', expired_at = ?, last_error = 'not sent within its validity'
                where status = 'QUEUED' and expires_at <= ? returning id, reference, channel""")
                .param(ts(now)).param(ts(now)).query((rs, n) -> ended(rs)).list());
        ended.addAll(jdbc.sql("""
                update notification set status = 'EXPIRED', expired_at = ?, last_error = 'no delivery receipt from the SMSC'
                where status = 'SENT' and channel = 'SMS' and expires_at <= ? returning id, reference, channel""")
                .param(ts(now)).param(ts(receiptCutoff)).query((rs, n) -> ended(rs)).list());
        return ended;
    }

    /** SENDING rows whose relay has not written an outcome within the lease (it crashed or hung). */
    List<Long> abandoned(Instant heldBefore, int limit) {
        return jdbc.sql("select id from notification where status = 'SENDING' and sending_at <= ? order by sending_at limit ?")
                .param(ts(heldBefore)).param(limit).query(Long.class).list();
    }

    /** The abandoned row, locked, if it still is one and nobody else is looking at it. */
    java.util.Optional<NotificationRow> lockAbandoned(long id, Instant heldBefore) {
        return jdbc.sql("select * from notification where id = ? and status = 'SENDING' and sending_at <= ? for update skip locked")
                .param(id).param(ts(heldBefore)).query(NotificationRow::map).optional();
    }

    /**
     * Gives the parts of an abandoned SMS that have no message id the id of a receipt nobody
     * claimed, sent to the same phone with the same opening text since the attempt began: the
     * SMSC took the part, only our record of it was lost.
     */
    void adoptReceipts(NotificationRow row) {
        jdbc.sql("""
                update sms_segment s set message_id = (
                    select r.message_id from sms_receipt r
                    where r.destination = ? and r.text_start = s.text_start and r.received_at >= ?
                    and not exists (select 1 from sms_segment x where x.message_id = r.message_id)
                    order by r.received_at limit 1)
                where s.notification_id = ? and s.message_id is null""")
                .param(row.address()).param(ts(row.sendingAt())).param(row.id()).update();
    }

    private static Ended ended(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Ended(rs.getLong("id"), rs.getString("reference"), Channel.valueOf(rs.getString("channel")));
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
