package com.griddesk.outage.internal;

import java.util.Map;

import com.griddesk.outage.NoticeChannel;
import com.griddesk.outage.NoticePurpose;

/**
 * A notice about to be written: for an event or a disconnection, to one recipient, with its text
 * and the facts in it ({@code variables}, named as the notification module's templates name them).
 */
public record NoticeDraft(NoticePurpose purpose, NoticeChannel channel, Long eventId, Long disconnectionId,
        String unitPath, Long customerId, String accountNumber, String recipientName, String phone, String text,
        Map<String, String> variables, long requestedBy) {

    public NoticeDraft {
        variables = Map.copyOf(variables);
    }
}
