package com.griddesk.field.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.TeamKind;
import com.griddesk.org.UnitLevel;
import com.griddesk.workorder.OrderDeadlines;
import com.griddesk.workorder.Urgency;
import com.griddesk.workorder.WorkOrderFilter;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.WorkOrderSummary;
import com.griddesk.workorder.web.WorkOrderViews;

import org.springframework.stereotype.Component;

/**
 * A crew member's list: the orders assigned to them that are not finished, and the orders waiting
 * in their team to be accepted (for staff above team level, in the repair teams below them) —
 * most urgent first, then the nearest deadline.
 */
@Component
public class MyOrders {

    static final int LIMIT = WorkOrderFilter.MAX_SIZE;

    /** One row of the list; {@code mine} is false for an order still waiting for someone to accept it. */
    public record Row(WorkOrderSummary order, OrderDeadlines.Deadline deadline, boolean mine) {
    }

    private static final Comparator<Row> URGENCY_THEN_DEADLINE = Comparator
            .comparing((Row r) -> -rank(r.order().urgency()))
            .thenComparing(r -> r.deadline() == null ? Instant.MAX : r.deadline().deadline())
            .thenComparing(r -> r.order().createdAt());

    private final WorkOrderQueries queries;
    private final WorkOrderViews views;
    private final OrgDirectory org;

    MyOrders(WorkOrderQueries queries, WorkOrderViews views, OrgDirectory org) {
        this.queries = queries;
        this.views = views;
        this.org = org;
    }

    public List<Row> of(CurrentStaff staff) {
        Map<String, WorkOrderSummary> mine = new LinkedHashMap<>();
        queries.search(new WorkOrderFilter(List.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED,
                WorkOrderStatus.IN_PROGRESS), null, null, null, null, null, null, null, staff.id(), null, null, 0, LIMIT),
                staff).items().forEach(s -> mine.put(s.number(), s));
        OrgUnit home = org.unit(staff.unitId());
        Map<String, WorkOrderSummary> waiting = new LinkedHashMap<>();
        queries.search(new WorkOrderFilter(List.of(WorkOrderStatus.DISPATCHED), null, null, home.code(), null, null, null,
                null, null, null, null, 0, LIMIT), staff).items().stream()
                .filter(s -> s.assigneeId() == null && !mine.containsKey(s.number()) && waitsFor(home, s.unitId()))
                .forEach(s -> waiting.put(s.number(), s));
        List<String> numbers = new ArrayList<>(mine.keySet());
        numbers.addAll(waiting.keySet());
        Map<String, OrderDeadlines.Deadline> deadlines = views.mostUrgent(numbers);
        List<Row> rows = new ArrayList<>();
        mine.values().forEach(s -> rows.add(new Row(s, deadlines.get(s.number()), true)));
        waiting.values().forEach(s -> rows.add(new Row(s, deadlines.get(s.number()), false)));
        rows.sort(URGENCY_THEN_DEADLINE);
        return rows;
    }

    private boolean waitsFor(OrgUnit home, long unitId) {
        if (unitId == home.id()) {
            return true;
        }
        OrgUnit unit = org.unit(unitId);
        return home.level() != UnitLevel.TEAM && unit.level() == UnitLevel.TEAM && unit.teamKind() == TeamKind.REPAIR;
    }

    private static int rank(Urgency urgency) {
        return switch (urgency) {
            case URGENT -> 2;
            case HIGH -> 1;
            case NORMAL -> 0;
        };
    }
}
