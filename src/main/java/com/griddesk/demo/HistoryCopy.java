package com.griddesk.demo;

import java.time.Instant;
import java.util.List;

import com.griddesk.timelimit.OrderProfile;
import com.griddesk.timelimit.RuleSet;
import com.griddesk.workorder.SubTask;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderSnapshot;

import tools.jackson.databind.json.JsonMapper;

/** Finished demo orders written with COPY: the order, its timeline, sub-tasks, time profile and clocks. */
final class HistoryCopy {

    private final CopyWriter.Batch orders;
    private final CopyWriter.Batch timeline;
    private final CopyWriter.Batch subTasks;
    private final CopyWriter.Batch profiles;
    private final CopyWriter.Batch clocks;
    private final HistoricClocks historicClocks;
    private final JsonMapper json;

    HistoryCopy(CopyWriter copy, HistoricClocks historicClocks, JsonMapper json) {
        this.historicClocks = historicClocks;
        this.json = json;
        orders = copy.batch("work_order", """
                id, number, channel, type_code, category_code, status, urgency, customer_id, account_number, contact_name,
                contact_phone, address, description, station_id, unit_id, unit_path, assignee_id, coordinator_id,
                reminder_count, return_count, reopen_count, first_contact_resolution, resolution, root_cause,
                responsibility, callback_satisfaction, callback_note, cancel_reason, merged_into, created_by, created_at,
                updated_at, dispatched_at, accepted_at, resolved_at, closed_at, contacted_at, arrived_at, case_family,
                version""");
        timeline = copy.batch("work_order_timeline",
                "order_id, at, actor_id, actor_name, action, from_status, to_status, note, details");
        subTasks = copy.batch("work_order_subtask",
                "order_id, no, unit_id, assignee_id, description, status, result, created_by, created_at, finished_at");
        profiles = copy.batch("order_time_profile",
                "order_id, order_number, rule_set_version, code, channel, region_class, customer_class");
        clocks = copy.batch("order_clock", """
                order_id, order_number, clock, rule_set_version, amount, unit, budget_seconds, started_at,
                segment_started_at, consumed_seconds, own_deadline, deadline, stopped_at, state, yellow_fired, red_fired,
                unit_path, assignee_id, coordinator_id""");
    }

    private int pending;

    void add(long id, WorkOrder order, RuleSet ruleSet, OrderProfile profile) {
        WorkOrderSnapshot s = order.snapshot();
        List<TimelineEntry> entries = order.newTimelineEntries();
        orders.row(id, s.number(), s.channel(), s.typeCode(), s.categoryCode(), s.status(), s.urgency(), s.customerId(),
                s.accountNumber(), s.contactName(), s.contactPhone(), s.address(), s.description(), s.stationId(),
                s.unitId(), s.unitPath(), s.assigneeId(), s.coordinatorId(), s.reminderCount(), s.returnCount(),
                s.reopenCount(), s.firstContactResolution(), s.resolution(), s.rootCause(), s.responsibility(),
                s.callbackSatisfaction(), s.callbackNote(), s.cancelReason(), s.mergedInto(), s.createdBy(),
                s.createdAt(), s.updatedAt(), s.dispatchedAt(), s.acceptedAt(), s.resolvedAt(), s.closedAt(),
                s.contactedAt(), s.arrivedAt(), s.caseFamily(), entries.size() - 1);
        for (TimelineEntry e : entries) {
            timeline.row(id, e.at(), e.actorId(), e.actorName(), e.action(), e.from(), e.to(), e.note(),
                    e.details() == null || e.details().isEmpty() ? null : json.writeValueAsString(e.details()));
        }
        for (SubTask t : order.subTasks()) {
            subTasks.row(id, t.no(), t.unitId(), t.assigneeId(), t.description(), t.status(), t.result(), t.createdBy(),
                    t.createdAt(), t.finishedAt());
        }
        profiles.row(id, s.number(), ruleSet.version(), profile.code(), profile.channel(), profile.regionClass(),
                profile.customerClass());
        for (HistoricClocks.Clock c : historicClocks.replay(ruleSet, profile, entries)) {
            Instant stopped = c.stoppedAt();
            clocks.row(id, s.number(), c.name(), c.ruleSetVersion(), c.amount(), c.unit(), c.budgetSeconds(),
                    c.startedAt(), c.startedAt(), 0, c.deadline(), c.deadline(), stopped,
                    c.cancelled() ? "CANCELLED" : "STOPPED", false, c.breached(), s.unitPath(), s.assigneeId(),
                    s.coordinatorId());
        }
        // orders go in before the rows that reference them, so flush all batches together, in order
        if (++pending == 5_000) {
            flush();
        }
    }

    void flush() {
        pending = 0;
        orders.flush();
        timeline.flush();
        subTasks.flush();
        profiles.flush();
        clocks.flush();
    }
}
