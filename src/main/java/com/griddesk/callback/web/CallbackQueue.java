package com.griddesk.callback.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.griddesk.callback.internal.CallbackStore;
import com.griddesk.org.CurrentStaff;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.workorder.OrderDeadlines;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;
import com.griddesk.workorder.web.WorkOrderViews;

import org.springframework.stereotype.Component;

/**
 * The callback queue of the caller's units: the CALLBACK deadline first (the nearest first), a
 * not-reached call waits until its retry time, orders without a running clock after the rest.
 */
@Component
class CallbackQueue {

    static final int LIMIT = 100;

    record Row(String orderNumber, String typeCode, String contactName, String contactPhone, String address,
            String resolution, long unitId, Instant resolvedAt, String status, int attempts, Instant nextAttemptAt,
            boolean waiting, OrderDeadlines.Deadline deadline) {
    }

    private final CallbackStore store;
    private final WorkOrderRepository orders;
    private final WorkOrderViews views;
    private final Clock clock;

    CallbackQueue(CallbackStore store, WorkOrderRepository orders, WorkOrderViews views, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.views = views;
        this.clock = clock;
    }

    List<Row> of(CurrentStaff staff) {
        Instant now = clock.instant();
        List<CallbackStore.Row> tasks = store.queue(staff.scopePath(), now, LIMIT);
        Map<String, OrderDeadlines.Deadline> deadlines = views.mostUrgent(tasks.stream().map(CallbackStore.Row::orderNumber).toList());
        List<Row> rows = new ArrayList<>();
        for (CallbackStore.Row t : tasks) {
            orders.find(t.orderNumber()).map(o -> o.snapshot()).ifPresent(o -> rows.add(row(t, o, deadlines.get(t.orderNumber()), now)));
        }
        rows.sort(Comparator.comparing(Row::waiting)
                .thenComparing(r -> r.deadline() == null ? Instant.MAX : r.deadline().deadline())
                .thenComparing(Row::resolvedAt));
        return rows;
    }

    private static Row row(CallbackStore.Row t, WorkOrderSnapshot o, OrderDeadlines.Deadline deadline, Instant now) {
        boolean waiting = t.nextAttemptAt() != null && t.nextAttemptAt().isAfter(now);
        return new Row(t.orderNumber(), t.typeCode(), o.contactName(), PhoneNumber.mask(o.contactPhone()), o.address(),
                o.resolution(), t.unitId(), t.resolvedAt(), t.status().name(), t.attempts(), t.nextAttemptAt(), waiting,
                deadline != null && "CALLBACK".equals(deadline.clock()) ? deadline : null);
    }
}
