package com.griddesk.outage;

public enum NoticePurpose {
    /** A planned or temporary outage announced to the customers it will cut off. */
    PLANNED_OUTAGE,
    /** Power is back: to every caller of the event. */
    RESTORATION,
    /** The arrears disconnection notice, to be delivered 3–7 days before. */
    DISCONNECTION_NOTICE,
    /** The second notice, 30 minutes before the disconnection. */
    DISCONNECTION_RENOTICE,
    /** Power is reconnected after payment. */
    RECONNECTION_CONFIRMED
}
