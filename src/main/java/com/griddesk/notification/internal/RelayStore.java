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

    /** Per address, the messages that went (or are going) out since then, and the first of them. */
    Map<String, Recent> recentSends(Collection<String> addresses, Instant since) {
        Map<String, Recent> recent = new HashMap<>();
        if (addresses.isEmpty()) {
            return recent;
        }
        jdbc.sql("""
                select address, count(*), min(coalesce(sent_at, sending_at)) from notification
                where address = any(?) and sending_at is not null and coalesce(sent_at, sending_at) >= ?
                and channel in ('SMS', 'EMAIL')
                and status in ('SENDING', 'SENT', 'DELIVERED') group by address""")
                .param(addresses.toArray(String[]::new)).param(ts(since))
                .query((rs, n) -> recent.put(rs.getString(1), new Recent(rs.getInt(2), rs.getTimestamp(3).toInstant())))
                .list();
        return recent;
    }

    void hold(long id, String reason, Instant until) {
        jdbc.sql("update notification set next_attempt_at = ?, deferred_reason = ? where id = ?")
                .param(ts(until)).param(reason).param(id).update();
    }

    /** The rows are ours until the outcome is written: SENDING, each with a numbered attempt. Returns id → attempt. */
    Map<Long, Integer> markSending(List<Long> ids, Instant now) {
        Map<Long, Integer> attempts = new HashMap<>();
        if (ids.isEmpty()) {
            return attempts;
        }
        jdbc.sql("""
                update notification set status = 'SENDING', attempts = attempts + 1, sending_at = ?, deferred_reason = null
                where id = any(?) returning id, attempts""").param(ts(now)).param(ids.toArray(Long[]::new))
                .query((rs, n) -> attempts.put(rs.getLong(1), rs.getInt(2))).list();
        List<Long> keys = List.copyOf(attempts.keySet());
        jdbc.sql("""
                insert into notification_attempt (notification_id, attempt, started_at)
                select a.id, a.attempt, ? from unnest(?::bigint[], ?::int[]) a(id, attempt)""")
                .param(ts(now)).param(keys.toArray(Long[]::new))
                .param(keys.stream().map(attempts::get).toArray(Integer[]::new)).update();
        return attempts;
    }

    /** Writes the parts each SMS will go out in, before the first of them is submitted. */
    void planParts(Map<Long, List<SmsCodec.Part>> parts) {
        List<Long> ids = new java.util.ArrayList<>();
        List<Integer> seqs = new java.util.ArrayList<>();
        List<Integer> totals = new java.util.ArrayList<>();
        List<String> starts = new java.util.ArrayList<>();
        parts.forEach((id, list) -> list.forEach(p -> {
            ids.add(id);
            seqs.add(p.seq());
            totals.add(p.total());
            starts.add(SmsCodec.receiptText(p.text()));
        }));
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into sms_segment (notification_id, seq, total, text_start)
                select * from unnest(?::bigint[], ?::int[], ?::int[], ?::text[]) on conflict do nothing""")
                .param(ids.toArray(Long[]::new)).param(seqs.toArray(Integer[]::new)).param(totals.toArray(Integer[]::new))
                .param(starts.toArray(String[]::new)).update();
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

    record PartId(long notificationId, int seq, String messageId) {
    }

    void recordParts(List<PartId> parts, Instant now) {
        if (parts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update sms_segment s set message_id = v.mid, submitted_at = ?
                from unnest(?::bigint[], ?::int[], ?::text[]) v(id, seq, mid)
                where s.notification_id = v.id and s.seq = v.seq""")
                .param(ts(now)).param(parts.stream().map(PartId::notificationId).toArray(Long[]::new))
                .param(parts.stream().map(PartId::seq).toArray(Integer[]::new))
                .param(parts.stream().map(PartId::messageId).toArray(String[]::new)).update();
    }

    record Finished(long notificationId, int attempt, String outcome, String error) {
    }

    void finishAttempts(List<Finished> finished, Instant now) {
        if (finished.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update notification_attempt a set finished_at = ?, outcome = v.outcome, error = v.error
                from unnest(?::bigint[], ?::int[], ?::text[], ?::text[]) v(id, attempt, outcome, error)
                where a.notification_id = v.id and a.attempt = v.attempt""")
                .param(ts(now)).param(finished.stream().map(Finished::notificationId).toArray(Long[]::new))
                .param(finished.stream().map(Finished::attempt).toArray(Integer[]::new))
                .param(finished.stream().map(Finished::outcome).toArray(String[]::new))
                .param(finished.stream().map(Finished::error).toArray(String[]::new)).update();
    }

    void delivered(long id, String gatewayId, Instant now) {
        jdbc.sql("""
                update notification set status = 'DELIVERED', gateway_id = ?, sent_at = ?, delivered_at = ?, last_error = null
                where id = ?""").param(gatewayId).param(ts(now)).param(ts(now)).param(id).update();
    }

    void sent(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update notification set status = 'SENT', sent_at = coalesce(sent_at, ?), last_error = null
                where id = any(?) and status = 'SENDING'""").param(ts(now)).param(ids.toArray(Long[]::new)).update();
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
