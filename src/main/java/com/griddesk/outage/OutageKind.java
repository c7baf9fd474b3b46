package com.griddesk.outage;

import java.time.Duration;

/** Why the power is off: planned work (计划停电), temporary work (临时停电), a fault, or arrears (欠费停电). */
public enum OutageKind {
    PLANNED, TEMPORARY, FAULT, ARREARS;

    /** Announced ahead of time, so the announcement can be late. */
    public boolean announced() {
        return this == PLANNED || this == TEMPORARY;
    }

    /** How far ahead the announcement must be published (电力供应与使用条例 Art. 28). */
    public Duration requiredNotice(OutageSettings settings) {
        return this == PLANNED ? settings.plannedNotice() : settings.temporaryNotice();
    }
}
