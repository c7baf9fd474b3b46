package com.griddesk.workorder;

import java.time.LocalDate;
import java.util.List;

/** Criteria of a work-order list; every field is optional. Dates are inclusive, in local time. */
public record WorkOrderFilter(List<WorkOrderStatus> statuses, String type, String category, String unitCode,
        Channel channel, LocalDate from, LocalDate to, String text, Long assigneeId, Long coordinatorId,
        Long customerId, int page, int size) {

    public static final int MAX_SIZE = 200;

    public WorkOrderFilter {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        page = Math.max(page, 0);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    public static WorkOrderFilter statuses(List<WorkOrderStatus> statuses, int size) {
        return new WorkOrderFilter(statuses, null, null, null, null, null, null, null, null, null, null, 0, size);
    }
}
