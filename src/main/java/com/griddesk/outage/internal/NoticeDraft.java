package com.griddesk.outage.internal;

import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticePurpose;

/** A notice about to be written: for an event or a disconnection, to one recipient. */
public record NoticeDraft(NoticePurpose purpose, NoticeChannel channel, Long eventId, Long disconnectionId,
        String unitPath, Long customerId, String accountNumber, String recipientName, String phone, String text,
        long requestedBy) {
}
