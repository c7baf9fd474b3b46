package com.griddesk.outage.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The pages' date-time inputs are local (Asia/Shanghai) wall-clock times. */
final class PageTimes {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PageTimes() {
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
