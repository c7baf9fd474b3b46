package com.griddesk.recovery.internal;

import java.util.List;

import com.griddesk.recovery.ServiceRecoveries;
import com.griddesk.recovery.ServiceRecovery;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.TransitionPrecondition;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderAction;
import com.griddesk.workorder.WorkOrderCommand;

import org.springframework.stereotype.Component;

/** A complaint the company caused closes only with its recovery record complete. */
@Component
class RecoveryBeforeClose implements TransitionPrecondition {

    private final ServiceRecoveries recoveries;
    private final RecoveryStore store;

    RecoveryBeforeClose(ServiceRecoveries recoveries, RecoveryStore store) {
        this.recoveries = recoveries;
        this.store = store;
    }

    @Override
    public void check(WorkOrder order, WorkOrderAction action, WorkOrderCommand command) {
        if (action != WorkOrderAction.CLOSE || !recoveries.required(order.snapshot())) {
            return;
        }
        List<String> missing = store.find(order.number()).map(ServiceRecovery::missing)
                .orElseGet(() -> ServiceRecovery.empty(order.number()).missing());
        if (!missing.isEmpty()) {
            throw new DomainException(ProblemCode.SERVICE_RECOVERY_INCOMPLETE,
                    missing.stream().map(m -> new DomainException.FieldError("recovery." + m, "recovery.missing." + m)).toList(),
                    order.number());
        }
    }
}
