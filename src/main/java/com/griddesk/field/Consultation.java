package com.griddesk.field;

import java.time.Instant;
import java.util.List;

/** The consultation thread of an order: its messages, and who was asked and has or has not answered. */
public record Consultation(String orderNumber, List<Message> messages, List<Mention> mentions) {

    public record Message(long id, long authorId, String authorName, String body, List<Long> photoIds, Instant postedAt) {
    }

    public record Mention(long staffId, String name, Instant requestedAt, Instant answeredAt) {

        public boolean open() {
            return answeredAt == null;
        }
    }

    public static Consultation empty(String orderNumber) {
        return new Consultation(orderNumber, List.of(), List.of());
    }
}
