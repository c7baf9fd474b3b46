package com.griddesk.outage.internal;

import java.time.Instant;

/** Raises the warning for reconnections that missed their deadline; returns how many were raised. */
public interface ReconnectionWatch {

    int overdue(Instant now);
}
