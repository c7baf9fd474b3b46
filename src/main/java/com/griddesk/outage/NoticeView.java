package com.griddesk.outage;

import java.time.Instant;

/** A notice as pages and the API show it; the phone is masked. */
public record NoticeView(String reference, NoticePurpose purpose, NoticeChannel channel, String accountNumber,
        String recipientName, String phoneMasked, String text, String state, Instant requestedAt, Instant deliveredAt,
        String proofId, String failureReason, String reportedBy) {

    public boolean delivered() {
        return "DELIVERED".equals(state);
    }
}
