package com.griddesk.outage;

import java.time.Instant;
import java.util.Map;

/**
 * A notice to hand to a delivery service. {@code reference} is unique and stable: delivery facts are
 * reported back under it (see {@link NoticeReceipts}), and a retried hand-over carries the same one.
 * {@code text} is the Chinese text as GridDesk words it; {@code variables} are its facts, for a
 * service that renders its own template (PLANNED_OUTAGE: outageWindow, area, reason; RESTORATION:
 * area, restoredAt; DISCONNECTION_NOTICE: accountNumber, amount, disconnectAt, payBy;
 * DISCONNECTION_RENOTICE: accountNumber, amount, disconnectAt; RECONNECTION_CONFIRMED:
 * accountNumber, reconnectedAt).
 */
public record Notice(String reference, NoticePurpose purpose, NoticeChannel channel, Long customerId,
        String accountNumber, String recipientName, String phone, String text, Map<String, String> variables,
        Instant requestedAt) {
}
