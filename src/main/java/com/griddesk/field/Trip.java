package com.griddesk.field;

import java.time.Instant;

/** The crew set off ("on my way") at {@code startedAt}, expecting to arrive at {@code eta}. */
public record Trip(long crewId, String crewName, Instant eta, Instant startedAt) {
}
