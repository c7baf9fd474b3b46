package com.griddesk.customer;

import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;

/** Unmasking a phone number is a recorded act, allowed to the roles that call customers. */
public interface PhoneReveals {

    Set<Role> MAY_REVEAL = Set.of(Role.AGENT, Role.CALLBACK_AGENT, Role.HANDLER, Role.FIELD_CREW,
            Role.COORDINATOR, Role.SUPERVISOR);

    static boolean mayReveal(CurrentStaff staff) {
        return staff.hasAny(MAY_REVEAL);
    }

    /** Records the reveal; throws access-denied for roles that may not. */
    void record(CurrentStaff staff, Long customerId, String orderNumber, String context);
}
