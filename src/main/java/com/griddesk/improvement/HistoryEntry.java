package com.griddesk.improvement;

import java.time.Instant;

/** One step in an action's history; {@code actorName} is null for GridDesk's own proposal. */
public record HistoryEntry(Instant at, String actorName, ActionState from, ActionState to, String note) {
}
