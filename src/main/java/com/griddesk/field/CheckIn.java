package com.griddesk.field;

import java.time.Instant;

/** A check-in on site: where the phone was, how far from the premise (null if unknown), and whether too far. */
public record CheckIn(long id, String orderNumber, long crewId, GeoPoint at, Double accuracyMeters, Double distanceMeters,
        boolean far, Instant time) {
}
