package com.griddesk.outage;

import java.time.Instant;

/** Power is back: {@code ordersResolved} attached calls were resolved and {@code callersNotified} callers told. */
public record OutageRestored(long eventId, String number, OutageKind kind, Instant restoredAt, int ordersResolved,
        int callersNotified) {
}
