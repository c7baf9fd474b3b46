package com.griddesk.intake;

import java.util.Map;

/**
 * Something the agent (or a channel's client on the API) must know about the caller first, from
 * another module: an outage cutting the premise off, with its window or estimated restoration.
 * {@code message} is localised; {@code details} carry the facts for clients.
 */
public record CallerNotice(String source, String kind, String reference, String message, Map<String, Object> details) {

    public CallerNotice {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
