package com.griddesk.callback.web;

import java.util.Optional;

import com.griddesk.callback.CallbackSettings;
import com.griddesk.callback.CallbackTask;
import com.griddesk.callback.Callbacks;
import com.griddesk.org.CurrentStaff;
import com.griddesk.recovery.RecoverySummary;
import com.griddesk.recovery.ServiceRecoveries;
import com.griddesk.workorder.Satisfaction;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.stereotype.Component;

/** The callback card of an order: the attempts so far, the survey, and the agent's form while the callback is open. */
@Component
class CallbackCard implements OrderPanel {

    record Data(String number, CallbackTask task, boolean mayRecord, int maxAttempts, int reworkCount, int maxReworks,
            RecoverySummary recovery, boolean recoveryRequired, Satisfaction[] satisfactions) {
    }

    private final Callbacks callbacks;
    private final CallbackSettings settings;
    private final ServiceRecoveries recoveries;

    CallbackCard(Callbacks callbacks, CallbackSettings settings, ServiceRecoveries recoveries) {
        this.callbacks = callbacks;
        this.settings = settings;
        this.recoveries = recoveries;
    }

    @Override
    public String fragment() {
        return "callback/card :: card";
    }

    @Override
    public Column column() {
        return Column.SIDE;
    }

    @Override
    public int position() {
        return 310;
    }

    @Override
    public Object data(WorkOrder order, CurrentStaff staff) {
        Optional<CallbackTask> task = callbacks.of(order.number(), staff);
        if (task.isEmpty()) {
            return null;
        }
        boolean mayRecord = task.get().status().open() && staff.hasAny(Callbacks.AGENTS);
        return new Data(order.number(), task.get(), mayRecord, settings.maxAttempts(), order.snapshot().reworkCount(),
                settings.maxReworks(), recoveries.summary(order.number()).orElse(null),
                recoveries.required(order.snapshot()), Satisfaction.values());
    }
}
