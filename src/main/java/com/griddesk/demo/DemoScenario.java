package com.griddesk.demo;

import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import com.griddesk.org.OrgUnit;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.NewWorkOrder;
import com.griddesk.workorder.WorkOrder;

/**
 * One demand of the demo history: how it came in, and every later step with its time. Replaying
 * the steps on the aggregate gives the order's state at any moment, so the same scenario serves a
 * two-year-old closed order and one still open today.
 */
record DemoScenario(Instant createdAt, DemoCustomers.DemoCustomer customer, OrgUnit station, Channel channel,
        String type, String category, String description, String contactName, String contactPhone, Actor agent,
        Long coordinatorId, List<Step> steps) {

    record Step(Instant at, BiConsumer<WorkOrder, Instant> action) {
    }

    NewWorkOrder spec(String number) {
        return new NewWorkOrder(number, channel, type, category, (long) customer.index() + 1, customer.accountNumber(),
                contactName, contactPhone, customer.address(), description, station.id(),
                new Assignment(station.id(), station.path(), null), coordinatorId);
    }

    /** The order as it stands at {@code now}: opened, then every step due by then. */
    WorkOrder replayUntil(String number, Instant now) {
        WorkOrder order = WorkOrder.open(spec(number), agent, createdAt);
        for (Step step : steps) {
            if (step.at().isAfter(now)) {
                break;
            }
            step.action().accept(order, step.at());
        }
        return order;
    }

    /** Whether anything is still to happen after {@code now}. */
    boolean unfinishedAt(Instant now) {
        return !steps.isEmpty() && steps.get(steps.size() - 1).at().isAfter(now);
    }
}
