package com.griddesk.workorder;

import java.util.EnumSet;
import java.util.Set;

public enum WorkOrderStatus {
    NEW, DISPATCHED, ACCEPTED, IN_PROGRESS, RESOLVED, CLOSED, RETURNED, CANCELLED, MERGED;

    /** Still needs work from the company. */
    public static final Set<WorkOrderStatus> OPEN = EnumSet.of(NEW, DISPATCHED, ACCEPTED, IN_PROGRESS, RETURNED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED || this == MERGED;
    }
}
