package com.griddesk.textmining;

import java.time.Instant;

/**
 * One trained classifier, kept for good: orders name the version that classified them. Only one
 * version is ACTIVE; a retrained one waits as CANDIDATE until an admin switches to it.
 */
public record ModelVersion(int version, Status status, Instant createdAt, Long createdBy, int trainedTexts,
        int confirmedTexts, double temperature, Metrics metrics) {

    public enum Status { ACTIVE, CANDIDATE, RETIRED }

    /** The model measured on the held-out split. */
    public record Metrics(int texts, double topLevelAccuracy, double leafAccuracy, double macroF1,
            double top3Accuracy, double calibrationError) {
    }
}
