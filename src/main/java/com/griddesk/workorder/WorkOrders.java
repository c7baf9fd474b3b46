package com.griddesk.workorder;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.StaffMember;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases that change work orders. Each runs in one transaction: load (locked), check scope
 * and role, ask the aggregate, save, publish its events into the outbox.
 */
@Service
public class WorkOrders {

    private final WorkOrderRepository repository;
    private final OrgDirectory org;
    private final DispatchTargets dispatchTargets;
    private final RootCauses rootCauses;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<TransitionPrecondition> preconditions;

    WorkOrders(WorkOrderRepository repository, OrgDirectory org, DispatchTargets dispatchTargets,
            RootCauses rootCauses, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<TransitionPrecondition> preconditions) {
        this.repository = repository;
        this.org = org;
        this.dispatchTargets = dispatchTargets;
        this.rootCauses = rootCauses;
        this.events = events;
        this.clock = clock;
        this.preconditions = preconditions;
    }

    public String nextNumber() {
        return repository.nextNumber(clock.instant());
    }

    /** Opens an order; with an answer, a consultation is answered on first contact and closed. */
    @Transactional
    public WorkOrder open(NewWorkOrder spec, String firstContactAnswer, Actor actor) {
        Instant now = clock.instant();
        WorkOrder order = WorkOrder.open(spec, actor, now);
        if (firstContactAnswer != null) {
            order.answerOnFirstContact(firstContactAnswer, actor, now);
        }
        publish(repository.save(order));
        return order;
    }

    /** A repeat call about an open order becomes a reminder on it instead of a new order. */
    @Transactional
    public WorkOrder remindOnRepeatCall(String number, String note, Actor actor) {
        return change(number, order -> order.remind(note, actor, clock.instant()));
    }

    /** The outage module attaches a fault call to an outage event, whose crew then works it. */
    @Transactional
    public WorkOrder attachToOutage(String number, String outageNumber, Assignment crew, Actor actor) {
        return change(number, order -> order.attachToOutage(outageNumber, crew, actor, clock.instant()));
    }

    /** Resolves an order with the restoration of its outage; empty when the order is no longer open. */
    @Transactional
    public java.util.Optional<WorkOrder> resolveByRestoration(String number, String outageNumber, String result,
            String rootCause, Responsibility responsibility, Actor actor) {
        WorkOrder order = repository.findForUpdate(number)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number));
        if (!order.status().isOpen()) {
            return java.util.Optional.empty();
        }
        order.resolveByRestoration(outageNumber, result, knownRootCause(rootCause, order), responsibility, actor,
                clock.instant());
        publish(repository.save(order));
        return java.util.Optional.of(order);
    }

    /** A change a module makes on behalf of the system or a channel: no data scope, no role table. */
    private WorkOrder change(String number, java.util.function.Consumer<WorkOrder> transition) {
        WorkOrder order = repository.findForUpdate(number)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number));
        transition.accept(order);
        publish(repository.save(order));
        return order;
    }

    @Transactional
    public WorkOrder perform(String number, WorkOrderCommand command, CurrentStaff staff, Integer expectedVersion) {
        WorkOrderAction action = WorkOrderAction.of(command);
        WorkOrder order = repository.findForUpdate(number).filter(o -> WorkOrderVisibility.visible(o, staff, org))
                .orElseThrow(() -> DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number));
        if (!action.allowedFor(staff)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (expectedVersion != null && expectedVersion != order.version()) {
            throw new DomainException(ProblemCode.VERSION_CONFLICT, number);
        }
        checkPreconditions(order, action, command);
        Actor actor = staff.actor();
        Instant now = clock.instant();
        List<WorkOrder> others = apply(order, command, staff, actor, now);
        publish(repository.save(order));
        for (WorkOrder other : others) {
            publish(repository.save(other));
        }
        return order;
    }

    /**
     * A transition a module takes on nobody's staff account — a customer answering the SMS survey
     * closes or sends back their order. Only the commands that need no member of staff's scope.
     */
    @Transactional
    public WorkOrder performAs(Actor actor, String number, WorkOrderCommand command) {
        if (!(command instanceof WorkOrderCommand.Close || command instanceof WorkOrderCommand.Rework
                || command instanceof WorkOrderCommand.Remind)) {
            throw new IllegalArgumentException("needs a member of staff: " + command.getClass().getSimpleName());
        }
        WorkOrder order = repository.findForUpdate(number)
                .orElseThrow(() -> DomainException.notFound(ProblemCode.WORK_ORDER_NOT_FOUND, number));
        checkPreconditions(order, WorkOrderAction.of(command), command);
        apply(order, command, null, actor, clock.instant());
        publish(repository.save(order));
        return order;
    }

    private void checkPreconditions(WorkOrder order, WorkOrderAction action, WorkOrderCommand command) {
        if (action.availableIn(order.status())) {
            preconditions.orderedStream().forEach(p -> p.check(order, action, command));
        }
    }

    /** Applies the command; returns the other orders it changed too (a merge's master, a family). */
    private List<WorkOrder> apply(WorkOrder order, WorkOrderCommand command, CurrentStaff staff, Actor actor, Instant now) {
        if (command instanceof WorkOrderCommand.Dispatch c) {
            order.dispatch(target(order, c.unitCode(), c.assigneeId(), staff), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Redispatch c) {
            order.redispatch(target(order, c.unitCode(), c.assigneeId(), staff), c.reason(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Accept) {
            order.accept(actor, now);
        }
        else if (command instanceof WorkOrderCommand.Start) {
            order.start(actor, now);
        }
        else if (command instanceof WorkOrderCommand.Resolve c) {
            order.resolve(c.result(), knownRootCause(c.rootCause(), order), c.responsibility(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Return c) {
            order.returnToDispatcher(c.reason(), dispatchDesk(order), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Close c) {
            order.close(c.satisfaction(), c.note(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Reopen c) {
            order.reopen(c.reason(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Rework c) {
            order.rework(c.customerWords(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Cancel c) {
            order.cancel(c.reason(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Merge c) {
            if (c.masterNumber() == null || c.masterNumber().isBlank()) {
                throw DomainException.invalid("masterNumber", "validation.NotBlank", "masterNumber");
            }
            WorkOrder master = repository.findForUpdate(c.masterNumber())
                    .filter(o -> WorkOrderVisibility.visible(o, staff, org))
                    .orElseThrow(() -> DomainException.invalid("masterNumber", "validation.unknownOrder", c.masterNumber()));
            order.mergeInto(master, actor, now);
            return List.of(master);
        }
        else if (command instanceof WorkOrderCommand.Link c) {
            return link(order, c.otherNumber(), staff, actor, now);
        }
        else if (command instanceof WorkOrderCommand.Contact c) {
            order.recordContact(c.note(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.CheckIn c) {
            order.checkIn(c.location(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.Remind c) {
            order.remind(c.note(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.AssignCoordinator c) {
            StaffMember coordinator = coordinator(c.coordinatorId(), staff);
            order.assignCoordinator(coordinator.id(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.OpenSubTask c) {
            Assignment unit = target(order, c.unitCode(), c.assigneeId(), staff);
            order.openSubTask(unit.unitId(), c.assigneeId(), c.description(), actor, now);
        }
        else if (command instanceof WorkOrderCommand.FinishSubTask c) {
            order.finishSubTask(c.subTask(), c.outcome(), c.result(), actor, now);
        }
        return List.of();
    }

    /** Both orders, and the family the other one was already in, end in one case family. */
    private List<WorkOrder> link(WorkOrder order, String otherNumber, CurrentStaff staff, Actor actor, Instant now) {
        if (otherNumber == null || otherNumber.isBlank() || otherNumber.strip().equals(order.number())) {
            throw DomainException.invalid("otherNumber", "validation.linkOther");
        }
        WorkOrder other = repository.findForUpdate(otherNumber.strip())
                .filter(o -> WorkOrderVisibility.visible(o, staff, org))
                .orElseThrow(() -> DomainException.invalid("otherNumber", "validation.unknownOrder", otherNumber));
        String family = order.snapshot().caseFamily() != null ? order.snapshot().caseFamily()
                : other.snapshot().caseFamily() != null ? other.snapshot().caseFamily()
                : order.number().compareTo(other.number()) < 0 ? order.number() : other.number();
        java.util.Map<String, WorkOrder> members = new java.util.LinkedHashMap<>();
        members.put(other.number(), other);
        if (other.snapshot().caseFamily() != null && !other.snapshot().caseFamily().equals(family)) {
            for (String number : repository.familyMembers(other.snapshot().caseFamily())) {
                if (!members.containsKey(number) && !number.equals(order.number())) {
                    repository.findForUpdate(number).ifPresent(o -> members.put(number, o));
                }
            }
        }
        order.joinFamily(family, other.number(), actor, now);
        for (WorkOrder member : members.values()) {
            if (!member.status().isFinal()) {
                member.joinFamily(family, order.number(), actor, now);
            }
        }
        return List.copyOf(members.values());
    }

    private Assignment target(WorkOrder order, String unitCode, Long assigneeId, CurrentStaff staff) {
        OrgUnit unit;
        if (unitCode == null || unitCode.isBlank()) {
            unit = dispatchTargets.suggestedTeam(order.snapshot())
                    .orElseThrow(() -> DomainException.invalid("unitCode", "validation.noRoute"));
        }
        else {
            unit = org.unitByCode(unitCode.strip())
                    .orElseThrow(() -> DomainException.invalid("unitCode", "validation.unknownUnit", unitCode));
        }
        if (!staff.sees(unit.path())) {
            throw DomainException.invalid("unitCode", "validation.unitOutOfScope", unit.code());
        }
        if (assigneeId != null) {
            StaffMember assignee = org.staff(assigneeId).filter(StaffMember::enabled)
                    .orElseThrow(() -> DomainException.invalid("assigneeId", "validation.unknownStaff", assigneeId));
            if (!unit.contains(org.unit(assignee.unitId()))) {
                throw DomainException.invalid("assigneeId", "validation.assigneeNotInUnit", assigneeId, unit.code());
            }
        }
        return new Assignment(unit.id(), unit.path(), assigneeId);
    }

    /** A code of the managed list that is offered for the order's type; null (missing) is the aggregate's to refuse. */
    private String knownRootCause(String code, WorkOrder order) {
        if (code == null || code.isBlank()) {
            return null;
        }
        RootCause cause = rootCauses.find(code.strip())
                .orElseThrow(() -> DomainException.invalid("rootCause", "validation.unknownRootCause", code));
        if (!cause.offeredFor(order.snapshot().typeCode())) {
            throw DomainException.invalid("rootCause", "validation.rootCauseNotForType", code, order.snapshot().typeCode());
        }
        return cause.code();
    }

    private StaffMember coordinator(Long coordinatorId, CurrentStaff staff) {
        if (coordinatorId == null) {
            throw DomainException.invalid("coordinatorId", "validation.NotNull", "coordinatorId");
        }
        StaffMember member = org.staff(coordinatorId).filter(StaffMember::enabled)
                .orElseThrow(() -> DomainException.invalid("coordinatorId", "validation.unknownStaff", coordinatorId));
        if (!member.has(com.griddesk.org.Role.COORDINATOR)) {
            throw DomainException.invalid("coordinatorId", "validation.notCoordinator", coordinatorId);
        }
        return member;
    }

    /** A returned order goes back to its station's dispatch, or the hotline's if it has no station. */
    private Assignment dispatchDesk(WorkOrder order) {
        Long station = order.snapshot().stationId();
        OrgUnit unit = station != null ? org.unit(station) : org.defaultIntakeUnit();
        return new Assignment(unit.id(), unit.path(), null);
    }

    private void publish(List<WorkOrderEvent> published) {
        published.forEach(events::publishEvent);
    }
}
