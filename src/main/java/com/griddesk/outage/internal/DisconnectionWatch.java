package com.griddesk.outage.internal;

import java.time.Instant;

import com.griddesk.outage.DisconnectionSnapshot;

import org.springframework.stereotype.Component;

/** Reconnection after payment runs on its own clock (24 h by default): an overdue one is warned about once. */
@Component
class DisconnectionWatch implements ReconnectionWatch {

    private final JdbcDisconnectionRepository disconnections;
    private final OutageWarnings warnings;

    DisconnectionWatch(JdbcDisconnectionRepository disconnections, OutageWarnings warnings) {
        this.disconnections = disconnections;
        this.warnings = warnings;
    }

    @Override
    public int overdue(Instant now) {
        int fired = 0;
        for (DisconnectionSnapshot d : disconnections.reconnectionOverdue(now, 500)) {
            fired += warnings.raise("DISCONNECTION", d.id(), d.number(), "RECONNECTION_OVERDUE", d.stationId(), now);
        }
        return fired;
    }
}
