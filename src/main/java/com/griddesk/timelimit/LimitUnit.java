package com.griddesk.timelimit;

/** How a time limit is counted. Working days skip weekends and public holidays and count make-up days (调休). */
public enum LimitUnit {
    MINUTES, HOURS, CALENDAR_DAYS, WORKING_DAYS
}
