package com.griddesk.workorder.web;

import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrderAction;
import com.griddesk.workorder.WorkOrderCommand;

/** Turns an action path and its request body into the domain command. */
final class ActionCommands {

    private ActionCommands() {
    }

    static WorkOrderCommand command(String actionPath, ActionRequest b) {
        WorkOrderAction action = WorkOrderAction.byPath(actionPath)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.UNKNOWN_ACTION, actionPath));
        ActionRequest r = b == null ? ActionRequest.EMPTY : b;
        return switch (action) {
            case DISPATCH -> new WorkOrderCommand.Dispatch(r.unitCode(), r.assigneeId());
            case REDISPATCH -> new WorkOrderCommand.Redispatch(r.unitCode(), r.assigneeId(), r.reason());
            case ACCEPT -> new WorkOrderCommand.Accept();
            case START -> new WorkOrderCommand.Start();
            case RESOLVE -> new WorkOrderCommand.Resolve(r.result(), r.rootCause(), r.responsibility());
            case RETURN -> new WorkOrderCommand.Return(r.reason());
            case CLOSE -> new WorkOrderCommand.Close(r.satisfaction(), r.note());
            case REOPEN -> new WorkOrderCommand.Reopen(r.reason());
            case REWORK -> new WorkOrderCommand.Rework(r.reason());
            case CANCEL -> new WorkOrderCommand.Cancel(r.reason());
            case MERGE -> new WorkOrderCommand.Merge(r.masterNumber());
            case REMIND -> new WorkOrderCommand.Remind(r.note());
            case ASSIGN_COORDINATOR -> new WorkOrderCommand.AssignCoordinator(r.coordinatorId());
            case OPEN_SUB_TASK -> new WorkOrderCommand.OpenSubTask(r.unitCode(), r.assigneeId(), r.description());
            case CONTACT -> new WorkOrderCommand.Contact(r.note());
            case CHECK_IN -> new WorkOrderCommand.CheckIn(r.location());
            case LINK -> new WorkOrderCommand.Link(r.otherNumber());
            case FINISH_SUB_TASK -> {
                if (r.subTask() == null) {
                    throw DomainException.invalid("subTask", "validation.NotNull", "subTask");
                }
                yield new WorkOrderCommand.FinishSubTask(r.subTask(), r.outcome(), r.result());
            }
        };
    }
}
