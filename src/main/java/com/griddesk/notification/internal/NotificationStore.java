package com.griddesk.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.griddesk.notification.DeliveryStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads notification rows; the relay's own statements are in {@link RelayStore}. */
@Repository
public class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the draft unless its key exists; returns the new id, or empty when the key was taken. */
    Optional<Long> insert(Draft d, Instant now) {
        Timestamp at = Timestamp.from(now);
        boolean delivered = d.status() == DeliveryStatus.DELIVERED;
        boolean failed = d.status() == DeliveryStatus.FAILED;
        return jdbc.sql("""
                insert into notification (idempotency_key, event, channel, recipient_kind, recipient_id, address, locale,
                    order_id, order_number, customer_id, reference, urgent, legal, subject, body, status,
                    next_attempt_at, expires_at, last_error, queued_at, sent_at, delivered_at, failed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (idempotency_key) do nothing returning id""")
                .param(d.key()).param(d.event().name()).param(d.channel().name()).param(d.recipientKind())
                .param(d.recipientId()).param(d.address()).param(d.locale()).param(d.orderId()).param(d.orderNumber())
                .param(d.customerId()).param(d.reference()).param(d.urgent()).param(d.legal()).param(d.subject())
                .param(d.body()).param(d.status().name()).param(at)
                .param(d.expiresAt() == null ? null : Timestamp.from(d.expiresAt())).param(d.reason()).param(at)
                .param(delivered ? at : null).param(delivered ? at : null).param(failed ? at : null)
                .query(Long.class).optional();
    }

    public Optional<NotificationRow> find(long id) {
        return jdbc.sql("select * from notification where id = ?").param(id).query(NotificationRow::map).optional();
    }

    Optional<NotificationRow> byKey(String key) {
        return jdbc.sql("select * from notification where idempotency_key = ?").param(key)
                .query(NotificationRow::map).optional();
    }

    public List<NotificationRow> ofOrder(long orderId) {
        return jdbc.sql("select * from notification where order_id = ? order by id").param(orderId)
                .query(NotificationRow::map).list();
    }

    public List<NotificationRow> ofCustomer(long customerId) {
        return jdbc.sql("select * from notification where customer_id = ? order by id desc limit 200").param(customerId)
                .query(NotificationRow::map).list();
    }

    List<NotificationRow> byReference(String reference) {
        return jdbc.sql("select * from notification where reference = ? order by id").param(reference)
                .query(NotificationRow::map).list();
    }

    /** The SMSC's message ids of an SMS, one per part, else the gateway id of the last attempt. */
    public List<String> gatewayIds(NotificationRow row) {
        List<String> ids = jdbc.sql("select message_id from sms_segment where notification_id = ? and message_id is not null order by seq")
                .param(row.id()).query(String.class).list();
        return !ids.isEmpty() ? ids : row.gatewayId() == null ? List.of() : List.of(row.gatewayId());
    }

    /** FAILED and EXPIRED notifications that nobody has sent again yet, newest first. */
    public List<NotificationRow> awaitingResend(int limit) {
        return jdbc.sql("""
                select * from notification n where status in ('FAILED', 'EXPIRED')
                and not exists (select 1 from notification r where r.resend_of = n.id)
                order by coalesce(failed_at, expired_at) desc limit ?""").param(limit).query(NotificationRow::map).list();
    }

    public List<NotificationRow> inbox(long staffId, int limit) {
        return jdbc.sql("select * from notification where channel = 'IN_APP' and recipient_id = ? order by id desc limit ?")
                .param(staffId).param(limit).query(NotificationRow::map).list();
    }

    public int unread(long staffId) {
        return jdbc.sql("select count(*) from notification where channel = 'IN_APP' and recipient_id = ? and read_at is null")
                .param(staffId).query(Integer.class).single();
    }

    public int markRead(long staffId, Long id, Instant now) {
        return jdbc.sql("""
                update notification set read_at = ? where channel = 'IN_APP' and recipient_id = ? and read_at is null
                and (cast(? as bigint) is null or id = ?)""")
                .param(Timestamp.from(now)).param(staffId).param(id).param(id).update();
    }

    /** Takes a FAILED or EXPIRED row for a resend, or empty when it is not one or was resent already. */
    Optional<NotificationRow> lockForResend(long id) {
        return jdbc.sql("""
                select * from notification n where id = ? and status in ('FAILED', 'EXPIRED')
                and not exists (select 1 from notification r where r.resend_of = n.id) for update""")
                .param(id).query(NotificationRow::map).optional();
    }

    void linkResend(long newId, long originalId) {
        jdbc.sql("update notification set resend_of = ? where id = ?").param(originalId).param(newId).update();
    }
}
