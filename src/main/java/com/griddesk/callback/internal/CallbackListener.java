package com.griddesk.callback.internal;

import java.time.Clock;

import com.griddesk.callback.Callbacks;
import com.griddesk.callback.CallbackSettings;
import com.griddesk.callback.CallbackStatus;
import com.griddesk.recovery.RecoverySummary;
import com.griddesk.recovery.ServiceRecoveries;
import com.griddesk.workorder.Responsibility;
import com.griddesk.workorder.WorkOrderCancelled;
import com.griddesk.workorder.WorkOrderClosed;
import com.griddesk.workorder.WorkOrderEvent;
import com.griddesk.workorder.WorkOrderReopened;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderResolved;
import com.griddesk.workorder.WorkOrderResolvedByRestoration;
import com.griddesk.workorder.WorkOrderReworked;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the callback queue in step with the orders, in the transaction that moved the order: a
 * resolved order of a callback type joins the queue (also one resolved by its outage's restoration); however it then closes (queue, order page,
 * SMS survey) its callback is done with that rating; a rework is counted for the unit; a
 * consultation answered on first contact gets its survey link at once.
 */
@Component
class CallbackListener {

    private final CallbackStore store;
    private final CallbackSettings settings;
    private final WorkOrderRepository orders;
    private final ServiceRecoveries recoveries;
    private final Callbacks callbacks;
    private final Clock clock;

    CallbackListener(CallbackStore store, CallbackSettings settings, WorkOrderRepository orders,
            ServiceRecoveries recoveries, Callbacks callbacks, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.orders = orders;
        this.recoveries = recoveries;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @EventListener
    void on(WorkOrderEvent event) {
        if (event instanceof WorkOrderResolved e) {
            resolved(e, e.responsibility());
        }
        else if (event instanceof WorkOrderResolvedByRestoration e) {
            // the outage's restoration resolved the call: its caller is called back like any other
            resolved(e, e.responsibility());
        }
        else if (event instanceof WorkOrderClosed e && e.firstContactResolution()) {
            // a link for an answer given long ago (history replayed) would have expired already
            if (e.at().isAfter(clock.instant().minus(settings.surveyTtl()))) {
                callbacks.surveyFirstContact(e.number(), e.at());
            }
        }
        else if (event instanceof WorkOrderClosed e) {
            store.openTaskForUpdate(e.number()).ifPresent(task -> store.finish(task.id(), CallbackStatus.DONE,
                    e.satisfaction(), recoveries.summary(e.number()).map(RecoverySummary::complete).orElse(false), e.at(),
                    e.actorId()));
        }
        else if (event instanceof WorkOrderReworked e) {
            store.openTaskForUpdate(e.number()).ifPresent(task -> {
                store.rework(task, e.reworkCount(), e.customerWords(), e.actorId(), e.at());
                store.finish(task.id(), CallbackStatus.REWORKED, null, null, e.at(), e.actorId());
            });
        }
        else if (event instanceof WorkOrderReopened || event instanceof WorkOrderCancelled) {
            store.openTaskForUpdate(event.number()).ifPresent(task -> store.finish(task.id(), CallbackStatus.CANCELLED,
                    null, null, event.at(), event.actorId()));
        }
    }

    private void resolved(WorkOrderEvent e, Responsibility responsibility) {
        WorkOrderSnapshot order = orders.find(e.number()).orElseThrow().snapshot();
        if (!settings.types().contains(order.typeCode())) {
            return;
        }
        store.open(e.orderId(), e.number(), order.typeCode(), order.unitId(), order.unitPath(), order.assigneeId(),
                responsibility == null ? null : responsibility.name(), e.at());
    }
}
