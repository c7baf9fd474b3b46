package com.griddesk.timelimit;

/** As users see a clock: running, paused (挂起), stopped in time, or past its deadline. */
public enum ClockState {
    RUNNING, PAUSED, MET, BREACHED, CANCELLED
}
