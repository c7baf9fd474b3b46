package com.griddesk.textmining;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Port for the outage module: how long the customer's supply has been off, if an outage is going
 * on where they are. Until a module implements it, escalation risk has no long-outage reason.
 */
public interface LongOutages {

    Optional<Duration> ongoingOutage(Long customerId, String transformerArea, Instant at);
}
