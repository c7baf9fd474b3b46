package com.griddesk.recovery;

import java.time.Instant;

public record Apology(ApologyChannel channel, long madeBy, String madeByName, Instant madeAt, String note) {
}
