package com.griddesk.outage;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerClass;

/** Why cutting this customer off needs a second, higher approval: an important user, or medical equipment at home. */
public enum Protection {
    IMPORTANT, MEDICAL, IMPORTANT_AND_MEDICAL;

    public static Protection of(Customer c) {
        boolean important = c.customerClass() == CustomerClass.IMPORTANT;
        if (important && c.medicalEquipment()) {
            return IMPORTANT_AND_MEDICAL;
        }
        return important ? IMPORTANT : c.medicalEquipment() ? MEDICAL : null;
    }
}
