package com.griddesk.timelimit;

/** An exception to the Monday–Friday week: a public holiday, or a weekend day worked in exchange (调休). */
public enum DayKind {
    HOLIDAY, WORKDAY
}
