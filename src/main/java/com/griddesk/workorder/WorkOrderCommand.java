package com.griddesk.workorder;

/**
 * An intention of a member of staff towards an order, as the API and pages express it. Units are
 * named by code; {@code null} unit on dispatch means "where the routing rules send it".
 */
public sealed interface WorkOrderCommand {

    record Dispatch(String unitCode, Long assigneeId) implements WorkOrderCommand {
    }

    record Redispatch(String unitCode, Long assigneeId, String reason) implements WorkOrderCommand {
    }

    record Accept() implements WorkOrderCommand {
    }

    record Start() implements WorkOrderCommand {
    }

    record Resolve(String result, String rootCause, Responsibility responsibility) implements WorkOrderCommand {
    }

    record Return(String reason) implements WorkOrderCommand {
    }

    record Close(Satisfaction satisfaction, String note) implements WorkOrderCommand {
    }

    record Reopen(String reason) implements WorkOrderCommand {
    }

    /** The callback's customer words: why the order goes back (返工). */
    record Rework(String customerWords) implements WorkOrderCommand {
    }

    record Cancel(String reason) implements WorkOrderCommand {
    }

    record Merge(String masterNumber) implements WorkOrderCommand {
    }

    record Remind(String note) implements WorkOrderCommand {
    }

    record AssignCoordinator(Long coordinatorId) implements WorkOrderCommand {
    }

    record OpenSubTask(String unitCode, Long assigneeId, String description) implements WorkOrderCommand {
    }

    record Contact(String note) implements WorkOrderCommand {
    }

    record CheckIn(String location) implements WorkOrderCommand {
    }

    record Link(String otherNumber) implements WorkOrderCommand {
    }

    record FinishSubTask(int subTask, SubTaskStatus outcome, String result) implements WorkOrderCommand {
    }
}
