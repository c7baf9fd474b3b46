package com.griddesk.intake;

import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.org.CurrentStaff;

/**
 * Implemented by modules that have something to tell about a caller before the demand is taken;
 * the intake API answers with these notices, as the console shows {@link CallerPanel} cards.
 */
public interface CallerNotices {

    /** The notices about this caller, most important first; empty when there is nothing to say. */
    List<CallerNotice> about(Customer customer, CurrentStaff staff);
}
