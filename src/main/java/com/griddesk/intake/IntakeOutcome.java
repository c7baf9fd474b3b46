package com.griddesk.intake;

public enum IntakeOutcome {
    /** A new order was opened. */
    CREATED,
    /** The caller already had an open order of this type: the call became a reminder on it. */
    REMINDER_ADDED
}
