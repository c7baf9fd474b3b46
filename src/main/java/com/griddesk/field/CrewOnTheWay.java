package com.griddesk.field;

import java.time.Instant;

/**
 * The crew set off to the customer ("on my way"). The notification module turns it into an SMS to
 * the order's contact: who is coming and when they expect to arrive.
 */
public record CrewOnTheWay(String orderNumber, long crewId, String crewName, Instant eta, Instant at) {
}
