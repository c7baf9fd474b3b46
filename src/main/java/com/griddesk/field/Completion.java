package com.griddesk.field;

import java.time.Instant;
import java.util.List;

/** How the crew finished one round of work on an order. */
public record Completion(long crewId, Confirmation confirmation, String confirmedBy, List<Material> materials,
        Instant finishedAt) {
}
