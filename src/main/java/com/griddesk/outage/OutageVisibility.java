package com.griddesk.outage;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;

/**
 * Data scope of one event: staff see it when its station is theirs or below, or when the crew it
 * was sent to is (a repair team sees the outages it works on).
 */
public final class OutageVisibility {

    private OutageVisibility() {
    }

    public static boolean visible(OutageSnapshot s, CurrentStaff staff, OrgDirectory org) {
        return staff.sees(s.unitPath()) || s.crewUnitId() != null && staff.sees(org.unit(s.crewUnitId()).path());
    }
}
