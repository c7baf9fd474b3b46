package com.griddesk.workorder.web;

import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.WorkOrder;

/**
 * A card that another module adds to the order page (its notifications, the outage it belongs to,
 * its escalation risk, …) without the order page knowing the module. The module ships the
 * fragment in its own template; the page renders it with the variable {@code panel} bound to
 * {@link #data}.
 */
public interface OrderPanel {

    enum Column { MAIN, SIDE }

    /** Template and fragment, e.g. {@code "notification/panels :: order-notifications"}. */
    String fragment();

    Column column();

    /** Lower comes first. */
    int position();

    /** What the fragment shows for this order and user, or null to leave the card out. */
    Object data(WorkOrder order, CurrentStaff staff);
}
