package com.griddesk.workorder.web;

import java.time.Instant;
import java.util.List;

import com.griddesk.workorder.OrderDeadlines;
import com.griddesk.workorder.SubTaskStatus;

/** A work order as the API shows it. The contact phone is masked. */
public record WorkOrderView(String number, String status, String type, String typeName, String category,
        String categoryName, String channel, String urgency, String unit, String unitName, String station,
        String accountNumber, String contactName, String contactPhone, String address, String description,
        Person assignee, Person coordinator, int reminderCount, int returnCount, int reopenCount, int reworkCount,
        boolean firstContactResolution, String resolution, String rootCause, String responsibility,
        Callback callback, String cancelReason, String mergedInto, Instant createdAt, Instant updatedAt,
        Instant dispatchedAt, Instant acceptedAt, Instant resolvedAt, Instant closedAt, int version,
        List<SubTaskView> subTasks, List<OrderDeadlines.Deadline> clocks, List<String> actions, String outcome) {

    public record Person(long id, String name) {
    }

    public record Callback(String satisfaction, String note) {
    }

    public record SubTaskView(int no, String unit, String unitName, Long assigneeId, String description,
            SubTaskStatus status, String result, Instant createdAt, Instant finishedAt) {
    }

    public WorkOrderView withOutcome(String value) {
        return new WorkOrderView(number, status, type, typeName, category, categoryName, channel, urgency, unit,
                unitName, station, accountNumber, contactName, contactPhone, address, description, assignee,
                coordinator, reminderCount, returnCount, reopenCount, reworkCount, firstContactResolution, resolution, rootCause,
                responsibility, callback, cancelReason, mergedInto, createdAt, updatedAt, dispatchedAt, acceptedAt,
                resolvedAt, closedAt, version, subTasks, clocks, actions, value);
    }
}
