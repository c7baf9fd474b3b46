package com.griddesk.analytics;

/** One clock over a set of orders: how many stopped, how many of those by their deadline. */
public record ClockTally(long stopped, long met) {

    public static final ClockTally NONE = new ClockTally(0, 0);

    public ClockTally plus(ClockTally other) {
        return new ClockTally(stopped + other.stopped, met + other.met);
    }

    /** Share met, or null when no clock stopped. */
    public Double rate() {
        return stopped == 0 ? null : (double) met / stopped;
    }
}
