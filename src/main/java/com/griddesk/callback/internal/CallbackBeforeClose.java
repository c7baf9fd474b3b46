package com.griddesk.callback.internal;

import com.griddesk.callback.CallbackSettings;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.TransitionPrecondition;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderAction;
import com.griddesk.workorder.WorkOrderCommand;

import org.springframework.stereotype.Component;

/**
 * A dissatisfied customer's order goes back to its handler rather than into the archive — until it
 * has been reworked {@code max-reworks} times, when it closes with the customer's rating as it is.
 */
@Component
class CallbackBeforeClose implements TransitionPrecondition {

    private final CallbackSettings settings;

    CallbackBeforeClose(CallbackSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(WorkOrder order, WorkOrderAction action, WorkOrderCommand command) {
        if (command instanceof WorkOrderCommand.Close close && close.satisfaction() != null
                && close.satisfaction().dissatisfied() && settings.types().contains(order.snapshot().typeCode())
                && order.snapshot().reworkCount() < settings.maxReworks()) {
            throw new DomainException(ProblemCode.CALLBACK_REWORK_REQUIRED, order.number(), settings.maxReworks());
        }
    }
}
