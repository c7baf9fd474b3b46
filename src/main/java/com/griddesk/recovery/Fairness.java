package com.griddesk.recovery;

import java.time.Instant;

/**
 * The three fairness checks of source document 002: the outcome (the loss discussed and reasonably
 * made good), the procedure (by the rules and time limits, fast, without argument) and the
 * interaction (courteous, attentive, sincere).
 */
public record Fairness(boolean outcome, boolean procedural, boolean interactional, String note, Long checkedBy,
        String checkedByName, Instant checkedAt) {

    public static final Fairness UNCHECKED = new Fairness(false, false, false, null, null, null, null);

    public boolean all() {
        return outcome && procedural && interactional;
    }
}
