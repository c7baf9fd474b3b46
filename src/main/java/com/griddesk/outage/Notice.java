package com.griddesk.outage;

import java.time.Instant;

/**
 * A notice to hand to a delivery service. {@code reference} is unique and stable: delivery facts are
 * reported back under it (see {@link NoticeReceipts}), and a retried hand-over carries the same one.
 */
public record Notice(String reference, NoticePurpose purpose, NoticeChannel channel, Long customerId,
        String accountNumber, String recipientName, String phone, String text, Instant requestedAt) {
}
