package com.griddesk.outage.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times on the module's pages, in the supply company's zone whatever the server's zone is:
 * {@code ${@outageTimes.at(instant)}} in templates.
 */
@Component("outageTimes")
class OutageTimes {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(PageTimes.ZONE);
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(PageTimes.ZONE);

    public String at(Instant instant) {
        return instant == null ? "" : SHORT.format(instant);
    }

    public String full(Instant instant) {
        return instant == null ? "" : FULL.format(instant);
    }
}
