package com.griddesk.timelimit.internal;

import com.griddesk.timelimit.BusinessCalendar;
import com.griddesk.timelimit.TimeLimitSettings;

import org.springframework.stereotype.Component;

/** The clock arithmetic over the calendar as it is now (administrators may edit it). */
@Component
class ClockMathFactory {

    private final BusinessCalendar calendar;
    private final TimeLimitSettings settings;

    ClockMathFactory(BusinessCalendar calendar, TimeLimitSettings settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    ClockMath current() {
        return new ClockMath(calendar.calendar(), settings.yellowShare(), settings.steps());
    }
}
