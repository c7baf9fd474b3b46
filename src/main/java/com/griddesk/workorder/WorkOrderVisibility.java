package com.griddesk.workorder;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;

/**
 * Data scope of one order: staff see it when its unit is theirs or below, when they are its
 * assignee or coordinator, or when one of its open sub-tasks is in their units.
 */
public final class WorkOrderVisibility {

    private WorkOrderVisibility() {
    }

    public static boolean visible(WorkOrder order, CurrentStaff staff, OrgDirectory org) {
        WorkOrderSnapshot s = order.snapshot();
        if (staff.sees(s.unitPath())) {
            return true;
        }
        if (Long.valueOf(staff.id()).equals(s.assigneeId()) || Long.valueOf(staff.id()).equals(s.coordinatorId())) {
            return true;
        }
        return order.subTasks().stream().anyMatch(t -> t.isOpen() && staff.sees(org.unit(t.unitId()).path()));
    }
}
