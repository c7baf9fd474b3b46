package com.griddesk.notification;

/**
 * QUEUED → SENDING (the relay holds it) → SENT (the gateway took it) → DELIVERED | FAILED | EXPIRED.
 * A failed attempt that will be retried goes back to QUEUED.
 */
public enum DeliveryStatus {
    QUEUED, SENDING, SENT, DELIVERED, FAILED, EXPIRED;

    public boolean isFinal() {
        return this == DELIVERED || this == FAILED || this == EXPIRED;
    }
}
