package com.griddesk.field;

import java.time.Instant;

/** A stored photo of an order: its content hash (the file name) and how it was made from the upload. */
public record Photo(long id, String orderNumber, String sha256, String thumbSha256, String originalSha256,
        String originalType, int originalBytes, int width, int height, int storedBytes, String caption,
        long uploadedBy, Instant uploadedAt) {
}
