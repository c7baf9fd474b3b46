package com.griddesk.recovery;

/** One remedy waiting for a decision, with the order it belongs to. */
public record PendingRemedy(String orderNumber, Remedy remedy) {
}
