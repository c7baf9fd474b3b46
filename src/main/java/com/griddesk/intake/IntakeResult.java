package com.griddesk.intake;

/** What intake did with a demand; {@code replayed} when an Idempotency-Key matched an earlier request. */
public record IntakeResult(String number, IntakeOutcome outcome, boolean replayed) {
}
