package com.griddesk.notification.internal;

import java.util.Optional;
import java.util.Set;

import com.griddesk.notification.Channel;

/** Hands notifications of one channel to its gateway. Implementations are thread-safe. */
interface ChannelSender {

    Channel channel();

    /** Called once per relay batch before sending: empty when the gateway is usable, else why not. */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    /** One attempt; {@code pendingParts} are the SMS parts still to submit (empty for other channels). */
    SendOutcome send(NotificationRow row, Set<Integer> pendingParts);
}
