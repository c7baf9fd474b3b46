package com.griddesk.workorder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;

import static com.griddesk.org.Role.ADMIN;
import static com.griddesk.org.Role.AGENT;
import static com.griddesk.org.Role.CALLBACK_AGENT;
import static com.griddesk.org.Role.COORDINATOR;
import static com.griddesk.org.Role.DISPATCHER;
import static com.griddesk.org.Role.FIELD_CREW;
import static com.griddesk.org.Role.HANDLER;
import static com.griddesk.org.Role.SUPERVISOR;

/**
 * The actions on an order, their path segment in {@code POST /api/v1/work-orders/{number}/{action}},
 * the roles that may take them and the statuses they start from. The aggregate enforces the
 * statuses; this table lets the UI offer only what the user may do.
 */
public enum WorkOrderAction {
    DISPATCH("dispatch", EnumSet.of(DISPATCHER, COORDINATOR, SUPERVISOR, ADMIN), WorkOrderStatus.NEW, WorkOrderStatus.RETURNED),
    REDISPATCH("redispatch", EnumSet.of(DISPATCHER, COORDINATOR, SUPERVISOR, ADMIN), WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.ACCEPTED),
    ACCEPT("accept", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR), WorkOrderStatus.DISPATCHED),
    START("start", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR), WorkOrderStatus.ACCEPTED),
    RESOLVE("resolve", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR), WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS),
    RETURN("return", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR), WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED,
            WorkOrderStatus.IN_PROGRESS),
    CLOSE("close", EnumSet.of(CALLBACK_AGENT, COORDINATOR, SUPERVISOR), WorkOrderStatus.RESOLVED),
    REOPEN("reopen", EnumSet.of(CALLBACK_AGENT, COORDINATOR, SUPERVISOR), WorkOrderStatus.RESOLVED, WorkOrderStatus.CLOSED),
    REWORK("rework", EnumSet.of(CALLBACK_AGENT, COORDINATOR, SUPERVISOR), WorkOrderStatus.RESOLVED),
    CANCEL("cancel", EnumSet.of(AGENT, DISPATCHER, COORDINATOR, SUPERVISOR, ADMIN), WorkOrderStatus.NEW,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED),
    MERGE("merge", EnumSet.of(AGENT, DISPATCHER, COORDINATOR, SUPERVISOR), WorkOrderStatus.NEW,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED),
    REMIND("remind", EnumSet.of(AGENT, DISPATCHER, COORDINATOR, SUPERVISOR, CALLBACK_AGENT), WorkOrderStatus.NEW,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED),
    ASSIGN_COORDINATOR("assign-coordinator", EnumSet.of(DISPATCHER, SUPERVISOR, ADMIN), WorkOrderStatus.NEW,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED),
    OPEN_SUB_TASK("sub-tasks", EnumSet.of(COORDINATOR, DISPATCHER, SUPERVISOR, HANDLER), WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS),
    CONTACT("contact", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR, SUPERVISOR), WorkOrderStatus.NEW,
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED),
    CHECK_IN("check-in", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR), WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS),
    LINK("link", EnumSet.of(AGENT, DISPATCHER, COORDINATOR, SUPERVISOR), WorkOrderStatus.NEW, WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED, WorkOrderStatus.RESOLVED),
    FINISH_SUB_TASK("finish-sub-task", EnumSet.of(HANDLER, FIELD_CREW, COORDINATOR, DISPATCHER, SUPERVISOR),
            WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.RETURNED,
            WorkOrderStatus.NEW);

    private final String path;
    private final Set<Role> roles;
    private final Set<WorkOrderStatus> from;

    WorkOrderAction(String path, Set<Role> roles, WorkOrderStatus... from) {
        this.path = path;
        this.roles = roles;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    public String path() {
        return path;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean allowedFor(CurrentStaff staff) {
        return staff.hasAny(roles);
    }

    public boolean availableIn(WorkOrderStatus status) {
        return from.contains(status);
    }

    public static Optional<WorkOrderAction> byPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }

    public static WorkOrderAction of(WorkOrderCommand command) {
        return BY_COMMAND.get(command.getClass());
    }

    private static final java.util.Map<Class<?>, WorkOrderAction> BY_COMMAND = java.util.Map.ofEntries(
            java.util.Map.entry(WorkOrderCommand.Dispatch.class, DISPATCH),
            java.util.Map.entry(WorkOrderCommand.Redispatch.class, REDISPATCH),
            java.util.Map.entry(WorkOrderCommand.Accept.class, ACCEPT),
            java.util.Map.entry(WorkOrderCommand.Start.class, START),
            java.util.Map.entry(WorkOrderCommand.Resolve.class, RESOLVE),
            java.util.Map.entry(WorkOrderCommand.Return.class, RETURN),
            java.util.Map.entry(WorkOrderCommand.Close.class, CLOSE),
            java.util.Map.entry(WorkOrderCommand.Reopen.class, REOPEN),
            java.util.Map.entry(WorkOrderCommand.Rework.class, REWORK),
            java.util.Map.entry(WorkOrderCommand.Cancel.class, CANCEL),
            java.util.Map.entry(WorkOrderCommand.Merge.class, MERGE),
            java.util.Map.entry(WorkOrderCommand.Remind.class, REMIND),
            java.util.Map.entry(WorkOrderCommand.AssignCoordinator.class, ASSIGN_COORDINATOR),
            java.util.Map.entry(WorkOrderCommand.OpenSubTask.class, OPEN_SUB_TASK),
            java.util.Map.entry(WorkOrderCommand.FinishSubTask.class, FINISH_SUB_TASK),
            java.util.Map.entry(WorkOrderCommand.Contact.class, CONTACT),
            java.util.Map.entry(WorkOrderCommand.CheckIn.class, CHECK_IN),
            java.util.Map.entry(WorkOrderCommand.Link.class, LINK));
}
