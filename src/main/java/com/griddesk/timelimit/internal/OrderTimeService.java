package com.griddesk.timelimit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.timelimit.ClockName;
import com.griddesk.timelimit.OrderTimeControl;
import com.griddesk.timelimit.SupervisionOpened;
import com.griddesk.timelimit.SuspensionKind;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OrderTimeService implements OrderTimeControl {

    static final Set<Role> MAY_SUSPEND = Set.of(Role.SUPERVISOR, Role.COORDINATOR, Role.DISPATCHER);

    private final WorkOrderQueries queries;
    private final WorkOrderRepository orders;
    private final ClockStore clocks;
    private final ClockMathFactory math;
    private final OrderProfiles profiles;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrderTimeService(WorkOrderQueries queries, WorkOrderRepository orders, ClockStore clocks, ClockMathFactory math,
            OrderProfiles profiles, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.queries = queries;
        this.orders = orders;
        this.clocks = clocks;
        this.math = math;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void suspend(String number, SuspensionKind kind, String reason, CurrentStaff approver) {
        WorkOrder order = openOrder(number, approver, MAY_SUSPEND, "suspend");
        if (kind == null) {
            throw DomainException.invalid("kind", "validation.NotNull", "kind");
        }
        requireText("reason", reason);
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                insert into order_suspension (order_id, order_number, kind, reason, approved_by, started_at)
                values (?, ?, ?, ?, ?, ?) on conflict (order_id) where ended_at is null do nothing""")
                .param(order.id()).param(number).param(kind.name()).param(reason.strip()).param(approver.id())
                .param(Timestamp.from(now)).update();
        if (inserted == 0) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "suspend", "SUSPENDED");
        }
        ClockMath m = math.current();
        clocks.openOfOrderForUpdate(order.id()).stream().filter(c -> c.state() == ClockRow.Stored.RUNNING)
                .forEach(c -> clocks.update(m.pause(c, now)));
        note(order, approver, now, "SUSPENDED", reason, Map.of("kind", kind.name(), "approvedBy", approver.fullName()));
    }

    @Override
    @Transactional
    public void resume(String number, String note, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(MAY_SUSPEND)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        Instant now = clock.instant();
        int ended = jdbc.sql("update order_suspension set ended_at = ?, ended_by = ? where order_id = ? and ended_at is null")
                .param(Timestamp.from(now)).param(staff.id()).param(order.id()).update();
        if (ended == 0) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, "resume", order.status());
        }
        ClockMath m = math.current();
        clocks.openOfOrderForUpdate(order.id()).stream().filter(c -> c.state() == ClockRow.Stored.PAUSED)
                .forEach(c -> clocks.update(m.resume(c, now)));
        note(order, staff, now, "RESUMED", note, Map.of());
    }

    @Override
    @Transactional
    public void supervise(String number, Instant deadline, String note, CurrentStaff supervisor) {
        WorkOrder order = openOrder(number, supervisor, Set.of(Role.SUPERVISOR), "supervise");
        Instant now = clock.instant();
        if (deadline == null || !deadline.isAfter(now)) {
            throw DomainException.invalid("deadline", "validation.deadlineInFuture");
        }
        requireText("note", note);
        WorkOrderSnapshot s = order.snapshot();
        clocks.insert(math.current().startUntil(order.id(), number, ClockName.SUPERVISION, deadline, now, s.unitPath(),
                s.assigneeId(), s.coordinatorId(), note.strip(), profiles.round(order.id())), supervisor.id());
        note(order, supervisor, now, "SUPERVISION_OPENED", note, Map.of("deadline", deadline.toString()));
        events.publishEvent(new SupervisionOpened(order.id(), number, supervisor.id(), deadline, note.strip(), now));
    }

    @Override
    @Transactional
    public void stopArrival(String number, Instant at, String reason) {
        WorkOrder order = orders.find(number)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number));
        ClockMath m = math.current();
        for (ClockRow c : clocks.openOfOrderForUpdate(order.id())) {
            if (c.name() != ClockName.ARRIVE) {
                continue;
            }
            // never before the clock (or its last stretch) started, nor inside a pause
            Instant stop = Stream.of(at, c.segmentStartedAt(), c.pausedAt()).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElseThrow();
            ClockRow running = c.state() == ClockRow.Stored.PAUSED ? m.resume(c, stop) : c;
            clocks.update(m.stop(running, stop));
            orders.appendTimeline(order.id(), new TimelineEntry(stop, Actor.SYSTEM.staffId(), Actor.SYSTEM.name(),
                    "ARRIVAL_STOPPED", null, null, reason,
                    Map.of("clock", ClockName.ARRIVE.name(), "at", stop.toString())));
        }
    }

    private WorkOrder openOrder(String number, CurrentStaff staff, Set<Role> roles, String action) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(roles)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (!order.status().isOpen()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, action, order.status());
        }
        return order;
    }

    private void note(WorkOrder order, CurrentStaff staff, Instant now, String action, String note, Map<String, Object> details) {
        orders.appendTimeline(order.id(), new TimelineEntry(now, staff.id(), staff.fullName(), action, null, null,
                note == null || note.isBlank() ? null : note.strip(), details));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "validation.NotBlank", field);
        }
    }
}
