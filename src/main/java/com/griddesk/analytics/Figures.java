package com.griddesk.analytics;

import java.util.Map;

import com.griddesk.timelimit.ClockName;

/**
 * The counts behind the indicators of a set of orders (one rollup cell, a unit, a period):
 * everything {@link Indicator}s are computed from. {@code handlingSeconds} is the sum over the
 * resolved orders; {@code clocks} has an entry for each clock that stopped at least once.
 */
public record Figures(long created, long firstContact, long complaints, long repeatComplaints, long reminded,
        long returned, long resolved, long handlingSeconds, long rated, long satisfied, long open, long overdue,
        Map<ClockName, ClockTally> clocks) {

    public Figures {
        clocks = Map.copyOf(clocks);
    }

    /** All clocks together. */
    public ClockTally allClocks() {
        return clocks.values().stream().reduce(ClockTally.NONE, ClockTally::plus);
    }

    public ClockTally clock(ClockName name) {
        return clocks.getOrDefault(name, ClockTally.NONE);
    }

    /**
     * The indicator's value over these orders; {@code customers} is the number of customers of the
     * units (for complaints per 10,000), {@code outageMinutes} the outage module's figure. Null when
     * the denominator is zero.
     */
    public Double value(Indicator indicator, long customers, long outageMinutes) {
        return switch (indicator) {
            case VOLUME -> (double) created;
            case FIRST_CONTACT_RESOLUTION_RATE -> share(firstContact, created);
            case TIMELINESS_RATE -> allClocks().rate();
            case CALLBACK_SATISFACTION_RATE -> share(satisfied, rated);
            case COMPLAINTS_PER_10K_CUSTOMERS -> customers == 0 ? null : complaints * 10_000.0 / customers;
            case REPEAT_COMPLAINT_RATE -> share(repeatComplaints, complaints);
            case REMINDER_RATE -> share(reminded, created);
            case RETURN_RATE -> share(returned, created);
            case AVERAGE_HANDLING_TIME -> resolved == 0 ? null : handlingSeconds / 3600.0 / resolved;
            case OPEN_BACKLOG -> (double) open;
            case OVERDUE_BACKLOG -> (double) overdue;
            case OUTAGE_CUSTOMER_MINUTES -> (double) outageMinutes;
        };
    }

    /**
     * How many orders the indicator's drill-down lists: its numerator — except for the timeliness
     * rate (the clocks that missed their deadline; one clock at a time) and the satisfaction rate
     * (the rated orders not satisfied), where the shortfall is what one looks into.
     */
    public long orders(Indicator indicator) {
        return switch (indicator) {
            case VOLUME -> created;
            case FIRST_CONTACT_RESOLUTION_RATE -> firstContact;
            case TIMELINESS_RATE -> allClocks().stopped() - allClocks().met();
            case CALLBACK_SATISFACTION_RATE -> rated - satisfied;
            case COMPLAINTS_PER_10K_CUSTOMERS -> complaints;
            case REPEAT_COMPLAINT_RATE -> repeatComplaints;
            case REMINDER_RATE -> reminded;
            case RETURN_RATE -> returned;
            case AVERAGE_HANDLING_TIME -> resolved;
            case OPEN_BACKLOG -> open;
            case OVERDUE_BACKLOG -> overdue;
            case OUTAGE_CUSTOMER_MINUTES -> 0;
        };
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
