package com.griddesk.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

/**
 * The work order aggregate. It changes only through intention-revealing transitions, each of which
 * checks the current status, appends to the timeline and registers an event. There is no setter
 * for the status.
 */
public final class WorkOrder {

    private static final Set<WorkOrderStatus> DISPATCHABLE = Set.of(WorkOrderStatus.NEW, WorkOrderStatus.RETURNED);
    private static final Set<WorkOrderStatus> REDISPATCHABLE = Set.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED);
    private static final Set<WorkOrderStatus> RESOLVABLE = Set.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS);
    private static final Set<WorkOrderStatus> RETURNABLE = Set.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.IN_PROGRESS);
    private static final Set<WorkOrderStatus> REOPENABLE = Set.of(WorkOrderStatus.RESOLVED, WorkOrderStatus.CLOSED);
    private static final Set<WorkOrderStatus> WORKING = Set.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.IN_PROGRESS);

    private WorkOrderSnapshot s;
    private final List<SubTask> subTasks;
    private final List<WorkOrderEvent> events = new ArrayList<>();
    private final List<TimelineEntry> newEntries = new ArrayList<>();

    public WorkOrder(WorkOrderSnapshot snapshot, List<SubTask> subTasks) {
        this.s = snapshot;
        this.subTasks = new ArrayList<>(subTasks);
    }

    /** Opens a new order in status NEW, owned by the routed unit. */
    public static WorkOrder open(NewWorkOrder spec, Actor actor, Instant now) {
        WorkOrder order = new WorkOrder(new WorkOrderSnapshot(null, spec.number(), spec.channel(), spec.typeCode(),
                spec.categoryCode(), WorkOrderStatus.NEW, spec.urgency(), spec.customerId(), spec.accountNumber(),
                spec.contactName(), spec.contactPhone(), spec.address(), spec.description(), spec.stationId(),
                spec.owner().unitId(), spec.owner().unitPath(), null, spec.coordinatorId(), 0, 0, 0, 0, false, null, null,
                null, null, null, null, null, actor.staffId(), now, now, null, null, null, null, null, null, null, 0), List.of());
        order.record(actor, now, "CREATED", null, WorkOrderStatus.NEW, null, details("channel", spec.channel(),
                "type", spec.typeCode(), "category", spec.categoryCode(), "unitId", spec.owner().unitId()),
                id -> new WorkOrderCreated(id, spec.number(), now, actor.staffId(), spec.channel(), spec.typeCode(),
                        spec.categoryCode(), spec.owner().unitId(), spec.customerId(), false));
        if (spec.coordinatorId() != null) {
            order.record(actor, now, "COORDINATOR_ASSIGNED", null, null, null, details("coordinatorId", spec.coordinatorId()),
                    id -> new CoordinatorAssigned(id, spec.number(), now, actor.staffId(), spec.coordinatorId()));
        }
        return order;
    }

    /** A consultation answered while the customer is still on the line closes at once (当场答复). */
    public void answerOnFirstContact(String answer, Actor actor, Instant now) {
        require(Set.of(WorkOrderStatus.NEW), "answer");
        if (!"CONSULTATION".equals(s.typeCode())) {
            throw DomainException.invalid("answeredOnFirstContact", "validation.firstContactOnlyConsultation");
        }
        requireText("answer", answer);
        WorkOrderStatus from = s.status();
        s = with(WorkOrderStatus.CLOSED).resolution(answer).firstContactResolution(true).resolvedAt(now).closedAt(now)
                .build(now);
        record(actor, now, "ANSWERED_ON_FIRST_CONTACT", from, WorkOrderStatus.CLOSED, answer, Map.of(),
                id -> new WorkOrderClosed(id, s.number(), now, actor.staffId(), null, true));
    }

    public void dispatch(Assignment target, Actor actor, Instant now) {
        WorkOrderStatus from = require(DISPATCHABLE, "dispatch");
        s = with(WorkOrderStatus.DISPATCHED).unit(target).assignee(target.assigneeId()).dispatchedAt(now).build(now);
        record(actor, now, "DISPATCHED", from, WorkOrderStatus.DISPATCHED, null,
                details("unitId", target.unitId(), "assigneeId", target.assigneeId()),
                id -> new WorkOrderDispatched(id, s.number(), now, actor.staffId(), target.unitId(), target.assigneeId(), false));
    }

    public void redispatch(Assignment target, String reason, Actor actor, Instant now) {
        WorkOrderStatus from = require(REDISPATCHABLE, "redispatch");
        requireText("reason", reason);
        s = with(WorkOrderStatus.DISPATCHED).unit(target).assignee(target.assigneeId()).dispatchedAt(now)
                .acceptedAt(null).build(now);
        record(actor, now, "REDISPATCHED", from, WorkOrderStatus.DISPATCHED, reason,
                details("unitId", target.unitId(), "assigneeId", target.assigneeId()),
                id -> new WorkOrderDispatched(id, s.number(), now, actor.staffId(), target.unitId(), target.assigneeId(), true));
    }

    public void accept(Actor actor, Instant now) {
        WorkOrderStatus from = require(Set.of(WorkOrderStatus.DISPATCHED), "accept");
        s = with(WorkOrderStatus.ACCEPTED).assignee(actor.staffId()).acceptedAt(now).build(now);
        record(actor, now, "ACCEPTED", from, WorkOrderStatus.ACCEPTED, null, Map.of(),
                id -> new WorkOrderAccepted(id, s.number(), now, actor.staffId(), actor.staffId()));
    }

    public void start(Actor actor, Instant now) {
        WorkOrderStatus from = require(Set.of(WorkOrderStatus.ACCEPTED), "start");
        s = with(WorkOrderStatus.IN_PROGRESS).build(now);
        record(actor, now, "STARTED", from, WorkOrderStatus.IN_PROGRESS, null, Map.of(),
                id -> new WorkOrderStarted(id, s.number(), now, actor.staffId()));
    }

    public void resolve(String result, String rootCause, Responsibility responsibility, Actor actor, Instant now) {
        WorkOrderStatus from = require(RESOLVABLE, "resolve");
        requireText("result", result);
        requireText("rootCause", rootCause);
        if (responsibility == null) {
            throw DomainException.invalid("responsibility", "validation.NotNull", "responsibility");
        }
        long open = subTasks.stream().filter(SubTask::isOpen).count();
        if (open > 0) {
            throw new DomainException(ProblemCode.OPEN_SUB_TASKS, s.number(), open);
        }
        s = with(WorkOrderStatus.RESOLVED).resolution(result).rootCause(rootCause).responsibility(responsibility)
                .resolvedAt(now).build(now);
        record(actor, now, "RESOLVED", from, WorkOrderStatus.RESOLVED, result,
                details("rootCause", rootCause, "responsibility", responsibility),
                id -> new WorkOrderResolved(id, s.number(), now, actor.staffId(), responsibility, rootCause));
    }

    /**
     * An outage event takes this call on. The event's crew works it, so an order that nobody has
     * dispatched yet goes to the crew's team at once; an order already on its way keeps its team.
     */
    public void attachToOutage(String outageNumber, Assignment crew, Actor actor, Instant now) {
        WorkOrderStatus from = require(WorkOrderStatus.OPEN, "attachToOutage");
        requireText("outageNumber", outageNumber);
        if (DISPATCHABLE.contains(from)) {
            s = with(WorkOrderStatus.DISPATCHED).unit(crew).assignee(crew.assigneeId()).dispatchedAt(now).build(now);
            record(actor, now, "DISPATCHED", from, WorkOrderStatus.DISPATCHED, outageNumber,
                    details("unitId", crew.unitId(), "assigneeId", crew.assigneeId(), "outage", outageNumber),
                    id -> new WorkOrderDispatched(id, s.number(), now, actor.staffId(), crew.unitId(), crew.assigneeId(), false));
        }
        else {
            s = with(from).build(now);
        }
        record(actor, now, "OUTAGE_ATTACHED", null, null, null, details("outage", outageNumber),
                id -> new WorkOrderAttachedToOutage(id, s.number(), now, actor.staffId(), outageNumber));
    }

    /**
     * The outage this order was attached to is restored: the order is resolved with it from any open
     * status. Sub-tasks still open have nothing left to do and are cancelled.
     */
    public void resolveByRestoration(String outageNumber, String result, String rootCause, Responsibility responsibility,
            Actor actor, Instant now) {
        WorkOrderStatus from = require(WorkOrderStatus.OPEN, "resolveByRestoration");
        requireText("outageNumber", outageNumber);
        requireText("result", result);
        requireText("rootCause", rootCause);
        if (responsibility == null) {
            throw DomainException.invalid("responsibility", "validation.NotNull", "responsibility");
        }
        subTasks.stream().filter(SubTask::isOpen).forEach(t -> t.finish(SubTaskStatus.CANCELLED, result, now));
        s = with(WorkOrderStatus.RESOLVED).resolution(result).rootCause(rootCause).responsibility(responsibility)
                .resolvedAt(now).build(now);
        record(actor, now, "RESOLVED_BY_RESTORATION", from, WorkOrderStatus.RESOLVED, result,
                details("outage", outageNumber, "rootCause", rootCause, "responsibility", responsibility),
                id -> new WorkOrderResolvedByRestoration(id, s.number(), now, actor.staffId(), outageNumber,
                        responsibility, rootCause));
    }

    /** 退单: back to the owning station's dispatch, with a reason. */
    public void returnToDispatcher(String reason, Assignment dispatch, Actor actor, Instant now) {
        WorkOrderStatus from = require(RETURNABLE, "return");
        requireText("reason", reason);
        int count = s.returnCount() + 1;
        s = with(WorkOrderStatus.RETURNED).unit(dispatch).assignee(null).returnCount(count).acceptedAt(null).build(now);
        record(actor, now, "RETURNED", from, WorkOrderStatus.RETURNED, reason, details("returnCount", count),
                id -> new WorkOrderReturned(id, s.number(), now, actor.staffId(), reason, count));
    }

    public void close(Satisfaction satisfaction, String note, Actor actor, Instant now) {
        WorkOrderStatus from = require(Set.of(WorkOrderStatus.RESOLVED), "close");
        if (satisfaction == null) {
            throw DomainException.invalid("satisfaction", "validation.NotNull", "satisfaction");
        }
        s = with(WorkOrderStatus.CLOSED).callback(satisfaction, note).closedAt(now).build(now);
        record(actor, now, "CLOSED", from, WorkOrderStatus.CLOSED, note, details("satisfaction", satisfaction),
                id -> new WorkOrderClosed(id, s.number(), now, actor.staffId(), satisfaction, false));
    }

    /** Back to the unit (and person) that last worked on it. */
    public void reopen(String reason, Actor actor, Instant now) {
        WorkOrderStatus from = require(REOPENABLE, "reopen");
        requireText("reason", reason);
        int count = s.reopenCount() + 1;
        s = with(WorkOrderStatus.DISPATCHED).reopenCount(count).resolvedAt(null).closedAt(null).dispatchedAt(now)
                .acceptedAt(null).callback(null, null).build(now);
        record(actor, now, "REOPENED", from, WorkOrderStatus.DISPATCHED, reason, details("reopenCount", count),
                id -> new WorkOrderReopened(id, s.number(), now, actor.staffId(), reason, count));
    }

    /**
     * 返工: the callback found the customer dissatisfied or the problem unsolved, so the order goes
     * back to the unit and person who resolved it, with the customer's words, before it is closed.
     */
    public void rework(String customerWords, Actor actor, Instant now) {
        WorkOrderStatus from = require(Set.of(WorkOrderStatus.RESOLVED), "rework");
        requireText("reason", customerWords);
        int count = s.reworkCount() + 1;
        s = with(WorkOrderStatus.DISPATCHED).reworkCount(count).resolvedAt(null).dispatchedAt(now).acceptedAt(null)
                .callback(null, null).build(now);
        record(actor, now, "REWORKED", from, WorkOrderStatus.DISPATCHED, customerWords, details("reworkCount", count),
                id -> new WorkOrderReworked(id, s.number(), now, actor.staffId(), customerWords, count));
    }

    public void cancel(String reason, Actor actor, Instant now) {
        WorkOrderStatus from = require(WorkOrderStatus.OPEN, "cancel");
        requireText("reason", reason);
        subTasks.stream().filter(SubTask::isOpen).forEach(t -> t.finish(SubTaskStatus.CANCELLED, reason, now));
        s = with(WorkOrderStatus.CANCELLED).cancelReason(reason).build(now);
        record(actor, now, "CANCELLED", from, WorkOrderStatus.CANCELLED, reason, Map.of(),
                id -> new WorkOrderCancelled(id, s.number(), now, actor.staffId(), reason));
    }

    /** This order duplicates {@code master}: it ends as MERGED, the master notes the merge. */
    public void mergeInto(WorkOrder master, Actor actor, Instant now) {
        WorkOrderStatus from = require(WorkOrderStatus.OPEN, "merge");
        if (master.s.number().equals(s.number())) {
            throw DomainException.invalid("masterNumber", "validation.mergeIntoItself");
        }
        if (!master.status().isOpen()) {
            throw DomainException.invalid("masterNumber", "validation.mergeMasterClosed", master.number());
        }
        subTasks.stream().filter(SubTask::isOpen).forEach(t -> t.finish(SubTaskStatus.CANCELLED, "merged", now));
        s = with(WorkOrderStatus.MERGED).mergedInto(master.number()).build(now);
        record(actor, now, "MERGED", from, WorkOrderStatus.MERGED, null, details("master", master.number()),
                id -> new WorkOrderMerged(id, s.number(), now, actor.staffId(), master.number()));
        master.s = master.with(master.status()).build(now);
        master.record(actor, now, "DUPLICATE_MERGED", null, null, null, details("duplicate", s.number()), null);
    }

    /** 催办: counted, and each reminder raises the urgency one step. */
    public void remind(String note, Actor actor, Instant now) {
        require(WorkOrderStatus.OPEN, "remind");
        int count = s.reminderCount() + 1;
        Urgency urgency = s.urgency().raised();
        s = with(s.status()).reminderCount(count).urgency(urgency).build(now);
        record(actor, now, "REMINDED", null, null, note, details("reminderCount", count, "urgency", urgency),
                id -> new WorkOrderReminded(id, s.number(), now, actor.staffId(), count, urgency));
    }

    /** The handler or coordinator reached the customer (first contact stops the CONTACT clock). */
    public void recordContact(String note, Actor actor, Instant now) {
        require(WorkOrderStatus.OPEN, "contact");
        requireText("note", note);
        boolean first = s.contactedAt() == null;
        s = with(s.status()).contactedAt(first ? now : s.contactedAt()).build(now);
        record(actor, now, "CUSTOMER_CONTACTED", null, null, note, details("first", first),
                id -> new WorkOrderCustomerContacted(id, s.number(), now, actor.staffId(), first));
    }

    /** The crew arrived on site (签到); work begins if it had not. */
    public void checkIn(String location, Actor actor, Instant now) {
        WorkOrderStatus from = require(Set.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS), "checkIn");
        boolean first = s.arrivedAt() == null;
        s = with(WorkOrderStatus.IN_PROGRESS).arrivedAt(first ? now : s.arrivedAt()).build(now);
        record(actor, now, "CHECKED_IN", from, WorkOrderStatus.IN_PROGRESS, location, details("first", first),
                id -> new WorkOrderCheckedIn(id, s.number(), now, actor.staffId(), first));
    }

    /** Joins a case family: orders about one grievance from several channels (95598, 12345, 12398). */
    public void joinFamily(String family, String linkedNumber, Actor actor, Instant now) {
        if (s.status().isFinal()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, s.number(), "link", s.status());
        }
        if (family.equals(s.caseFamily())) {
            return;
        }
        s = with(s.status()).caseFamily(family).build(now);
        record(actor, now, "LINKED", null, null, linkedNumber, details("family", family, "linked", linkedNumber),
                id -> new WorkOrderLinked(id, s.number(), now, actor.staffId(), family));
    }

    public void assignCoordinator(long coordinatorId, Actor actor, Instant now) {
        require(WorkOrderStatus.OPEN, "assignCoordinator");
        s = with(s.status()).coordinator(coordinatorId).build(now);
        record(actor, now, "COORDINATOR_ASSIGNED", null, null, null, details("coordinatorId", coordinatorId),
                id -> new CoordinatorAssigned(id, s.number(), now, actor.staffId(), coordinatorId));
    }

    public SubTask openSubTask(long unitId, Long assigneeId, String description, Actor actor, Instant now) {
        require(WORKING, "openSubTask");
        requireText("description", description);
        int no = subTasks.stream().mapToInt(SubTask::no).max().orElse(0) + 1;
        SubTask task = SubTask.open(no, unitId, assigneeId, description, actor.staffId(), now);
        subTasks.add(task);
        s = with(s.status()).build(now);
        record(actor, now, "SUBTASK_OPENED", null, null, description, details("subTask", no, "unitId", unitId,
                "assigneeId", assigneeId), id -> new SubTaskOpened(id, s.number(), now, actor.staffId(), no, unitId));
        return task;
    }

    public void finishSubTask(int no, SubTaskStatus outcome, String result, Actor actor, Instant now) {
        if (outcome == SubTaskStatus.OPEN) {
            throw DomainException.invalid("outcome", "validation.invalid", "outcome");
        }
        requireText("result", result);
        SubTask task = subTask(no);
        if (!task.isOpen()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, s.number(), "sub-task " + no, task.status());
        }
        task.finish(outcome, result, now);
        s = with(s.status()).build(now);
        record(actor, now, outcome == SubTaskStatus.DONE ? "SUBTASK_DONE" : "SUBTASK_CANCELLED", null, null, result,
                details("subTask", no), id -> new SubTaskFinished(id, s.number(), now, actor.staffId(), no, outcome));
    }

    public SubTask subTask(int no) {
        return subTasks.stream().filter(t -> t.no() == no).findFirst()
                .orElseThrow(() -> DomainException.notFound(ProblemCode.NOT_FOUND, s.number() + "/sub-tasks/" + no));
    }

    private WorkOrderStatus require(Set<WorkOrderStatus> allowed, String action) {
        if (!allowed.contains(s.status())) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, s.number(), action, s.status());
        }
        return s.status();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "validation.NotBlank", field);
        }
    }

    private interface EventFactory {
        WorkOrderEvent create(long orderId);
    }

    private final List<EventFactory> pendingEvents = new ArrayList<>();

    private void record(Actor actor, Instant now, String action, WorkOrderStatus from, WorkOrderStatus to, String note,
            Map<String, Object> details, EventFactory event) {
        newEntries.add(new TimelineEntry(now, actor.staffId(), actor.name(), action, from, to, note, details));
        if (event != null) {
            pendingEvents.add(event);
        }
    }

    private static Map<String, Object> details(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1] instanceof Enum<?> e ? e.name() : keyValues[i + 1]);
            }
        }
        return map;
    }

    /** Called by the repository once the order has its id and was written; returns events to publish. */
    public List<WorkOrderEvent> saved(long id, int version) {
        s = new Builder(s, s.status()).id(id).version(version).build(s.updatedAt());
        subTasks.forEach(SubTask::clean);
        pendingEvents.forEach(f -> events.add(f.create(id)));
        pendingEvents.clear();
        newEntries.clear();
        List<WorkOrderEvent> published = List.copyOf(events);
        events.clear();
        return published;
    }

    public List<TimelineEntry> newTimelineEntries() {
        return Collections.unmodifiableList(newEntries);
    }

    public WorkOrderSnapshot snapshot() {
        return s;
    }

    public List<SubTask> subTasks() {
        return Collections.unmodifiableList(subTasks);
    }

    public Long id() {
        return s.id();
    }

    public String number() {
        return s.number();
    }

    public WorkOrderStatus status() {
        return s.status();
    }

    public String unitPath() {
        return s.unitPath();
    }

    public int version() {
        return s.version();
    }

    private Builder with(WorkOrderStatus status) {
        return new Builder(s, status);
    }

    /** Copies the snapshot with changes; keeps the transitions above readable. */
    private static final class Builder {
        private final WorkOrderSnapshot o;
        private WorkOrderStatus status;
        private Long id;
        private int version;
        private Urgency urgency;
        private long unitId;
        private String unitPath;
        private Long assigneeId;
        private Long coordinatorId;
        private int reminderCount;
        private int returnCount;
        private int reopenCount;
        private int reworkCount;
        private boolean fcr;
        private String resolution;
        private String rootCause;
        private Responsibility responsibility;
        private Satisfaction satisfaction;
        private String callbackNote;
        private String cancelReason;
        private String mergedInto;
        private Instant dispatchedAt;
        private Instant acceptedAt;
        private Instant resolvedAt;
        private Instant closedAt;
        private Instant contactedAt;
        private Instant arrivedAt;
        private String caseFamily;

        Builder(WorkOrderSnapshot o, WorkOrderStatus status) {
            this.o = o;
            this.status = status;
            id = o.id();
            version = o.version();
            urgency = o.urgency();
            unitId = o.unitId();
            unitPath = o.unitPath();
            assigneeId = o.assigneeId();
            coordinatorId = o.coordinatorId();
            reminderCount = o.reminderCount();
            returnCount = o.returnCount();
            reopenCount = o.reopenCount();
            reworkCount = o.reworkCount();
            fcr = o.firstContactResolution();
            resolution = o.resolution();
            rootCause = o.rootCause();
            responsibility = o.responsibility();
            satisfaction = o.callbackSatisfaction();
            callbackNote = o.callbackNote();
            cancelReason = o.cancelReason();
            mergedInto = o.mergedInto();
            dispatchedAt = o.dispatchedAt();
            acceptedAt = o.acceptedAt();
            resolvedAt = o.resolvedAt();
            closedAt = o.closedAt();
            contactedAt = o.contactedAt();
            arrivedAt = o.arrivedAt();
            caseFamily = o.caseFamily();
        }

        Builder id(long v) { id = v; return this; }
        Builder version(int v) { version = v; return this; }
        Builder urgency(Urgency v) { urgency = v; return this; }
        Builder unit(Assignment a) { unitId = a.unitId(); unitPath = a.unitPath(); return this; }
        Builder assignee(Long v) { assigneeId = v; return this; }
        Builder coordinator(Long v) { coordinatorId = v; return this; }
        Builder reminderCount(int v) { reminderCount = v; return this; }
        Builder returnCount(int v) { returnCount = v; return this; }
        Builder reopenCount(int v) { reopenCount = v; return this; }
        Builder reworkCount(int v) { reworkCount = v; return this; }
        Builder firstContactResolution(boolean v) { fcr = v; return this; }
        Builder resolution(String v) { resolution = v; return this; }
        Builder rootCause(String v) { rootCause = v; return this; }
        Builder responsibility(Responsibility v) { responsibility = v; return this; }
        Builder callback(Satisfaction v, String note) { satisfaction = v; callbackNote = note; return this; }
        Builder cancelReason(String v) { cancelReason = v; return this; }
        Builder mergedInto(String v) { mergedInto = v; return this; }
        Builder dispatchedAt(Instant v) { dispatchedAt = v; return this; }
        Builder acceptedAt(Instant v) { acceptedAt = v; return this; }
        Builder resolvedAt(Instant v) { resolvedAt = v; return this; }
        Builder closedAt(Instant v) { closedAt = v; return this; }
        Builder contactedAt(Instant v) { contactedAt = v; return this; }
        Builder arrivedAt(Instant v) { arrivedAt = v; return this; }
        Builder caseFamily(String v) { caseFamily = v; return this; }

        WorkOrderSnapshot build(Instant now) {
            return new WorkOrderSnapshot(id, o.number(), o.channel(), o.typeCode(), o.categoryCode(), status, urgency,
                    o.customerId(), o.accountNumber(), o.contactName(), o.contactPhone(), o.address(), o.description(),
                    o.stationId(), unitId, unitPath, assigneeId, coordinatorId, reminderCount, returnCount, reopenCount,
                    reworkCount,
                    fcr, resolution, rootCause, responsibility, satisfaction, callbackNote, cancelReason, mergedInto,
                    o.createdBy(), o.createdAt(), now, dispatchedAt, acceptedAt, resolvedAt, closedAt, contactedAt, arrivedAt,
                    caseFamily, version);
        }
    }
}
