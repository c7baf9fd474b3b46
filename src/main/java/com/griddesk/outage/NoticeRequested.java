package com.griddesk.outage;

/** A notice was written and waits to be handed to the delivery service (after commit, with retries). */
public record NoticeRequested(String reference) {
}
