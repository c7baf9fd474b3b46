package com.griddesk.quality;

import java.time.Instant;
import java.util.List;

/** One sampled order, pending or scored; {@code personId} is who handled it (whose service is judged). */
public record Inspection(long id, String orderNumber, String typeCode, long unitId, Long personId, String satisfaction,
        Instant closedAt, SampleRule rule, Instant sampledAt, String status, Long inspectorId, String inspectorName,
        Instant scoredAt, Integer total, Integer maxTotal, String comment, List<Score> scores) {

    public record Score(String norm, int points, String note) {
    }

    public boolean scored() {
        return "SCORED".equals(status);
    }
}
