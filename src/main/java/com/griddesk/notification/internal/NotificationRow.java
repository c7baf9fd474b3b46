package com.griddesk.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import com.griddesk.notification.Channel;
import com.griddesk.notification.DeliveryStatus;
import com.griddesk.notification.NotificationEvent;

/** One stored notification. */
public record NotificationRow(long id, String key, NotificationEvent event, Channel channel, String recipientKind,
        Long recipientId, String address, String locale, Long orderId, String orderNumber, Long customerId,
        String reference, boolean urgent, boolean legal, String subject, String body, DeliveryStatus status,
        int attempts, Instant nextAttemptAt, Instant expiresAt, String deferredReason, String lastError,
        String gatewayId, Instant queuedAt, Instant sendingAt, Instant sentAt, Instant deliveredAt, Instant failedAt,
        Instant expiredAt, Instant readAt, Long resendOf) {

    static NotificationRow map(ResultSet rs, int n) throws SQLException {
        return new NotificationRow(rs.getLong("id"), rs.getString("idempotency_key"),
                NotificationEvent.valueOf(rs.getString("event")), Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient_kind"), (Long) rs.getObject("recipient_id"), rs.getString("address"),
                rs.getString("locale"), (Long) rs.getObject("order_id"), rs.getString("order_number"),
                (Long) rs.getObject("customer_id"), rs.getString("reference"), rs.getBoolean("urgent"),
                rs.getBoolean("legal"), rs.getString("subject"), rs.getString("body"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), at(rs, "next_attempt_at"),
                at(rs, "expires_at"), rs.getString("deferred_reason"), rs.getString("last_error"),
                rs.getString("gateway_id"), at(rs, "queued_at"), at(rs, "sending_at"), at(rs, "sent_at"),
                at(rs, "delivered_at"), at(rs, "failed_at"), at(rs, "expired_at"), at(rs, "read_at"),
                (Long) rs.getObject("resend_of"));
    }

    static Instant at(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
