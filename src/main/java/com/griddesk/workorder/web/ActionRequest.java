package com.griddesk.workorder.web;

import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.SubTaskStatus;

/** The body of {@code POST /api/v1/work-orders/{number}/{action}}; each action reads the fields it needs. */
public record ActionRequest(String unitCode, Long assigneeId, String reason, String result, String rootCause,
        Responsibility responsibility, Satisfaction satisfaction, String note, String masterNumber,
        Long coordinatorId, String description, Integer subTask, SubTaskStatus outcome, String location,
        String otherNumber) {

    static final ActionRequest EMPTY = new ActionRequest(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);
}
