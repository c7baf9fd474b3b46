package com.griddesk.intake;

import com.griddesk.customer.Customer;
import com.griddesk.org.CurrentStaff;

/**
 * A card another module puts at the top of the intake console when the agent has the caller in
 * front of them (an outage at the caller's premise, likely duplicates, …). The module ships the
 * fragment in its own template; the console renders it with {@code panel} bound to {@link #data}.
 */
public interface CallerPanel {

    /** Template and fragment, e.g. {@code "outage/console :: caller-outage"}. */
    String fragment();

    /** Lower comes first. */
    int position();

    /** What the fragment shows for this caller, or null to leave the card out. */
    Object data(Customer customer, CurrentStaff staff);
}
