package com.griddesk.outage.internal;

import java.time.Instant;
import java.util.Optional;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.TeamKind;
import com.griddesk.outage.OutageEvent;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.timelimit.OrderTimeControl;
import com.griddesk.workorder.Assignment;
import com.griddesk.workorder.WorkOrderSnapshot;
import com.griddesk.workorder.WorkOrders;

import org.springframework.stereotype.Component;

/** Crews of events, and the calls their crews take on. */
@Component
public class CrewDesk {

    private final OrgDirectory org;
    private final WorkOrders workOrders;
    private final OutageCalls calls;
    private final OrderTimeControl time;

    CrewDesk(OrgDirectory org, WorkOrders workOrders, OutageCalls calls, OrderTimeControl time) {
        this.org = org;
        this.workOrders = workOrders;
        this.calls = calls;
        this.time = time;
    }

    /** The station's team of the kind (repair crews for faults, the service office for arrears), else the station. */
    public Assignment teamOf(long stationId, TeamKind kind) {
        OrgUnit unit = org.team(stationId, kind).orElseGet(() -> org.unit(stationId));
        return new Assignment(unit.id(), unit.path(), null);
    }

    /** A crew the dispatcher names: a team (and person) within the event's station. */
    public Assignment named(OutageEvent event, String unitCode, Long assigneeId) {
        OrgUnit unit = org.unitByCode(unitCode == null ? "" : unitCode.strip())
                .filter(u -> u.path().startsWith(event.snapshot().unitPath()))
                .orElseThrow(() -> DomainException.invalid("unitCode", "outage.validation.crewUnit", unitCode));
        if (assigneeId != null) {
            org.staff(assigneeId).filter(m -> m.enabled() && unit.contains(org.unit(m.unitId())))
                    .orElseThrow(() -> DomainException.invalid("assigneeId", "validation.assigneeNotInUnit", assigneeId,
                            unit.code()));
        }
        return new Assignment(unit.id(), unit.path(), assigneeId);
    }

    public Assignment crewOf(OutageEvent event) {
        Long unitId = event.crewUnitId();
        if (unitId == null) {
            return teamOf(event.snapshot().stationId(), TeamKind.REPAIR);
        }
        return new Assignment(unitId, org.unit(unitId).path(), event.crewAssigneeId());
    }

    /**
     * Attaches a fault call: the order joins the event (once), the event's crew works it. The
     * event's row is not written, so that many calls can join one event at once. Returns false
     * when the order was attached already.
     */
    public boolean attach(OutageEvent event, WorkOrderSnapshot order, String areaCode, Actor actor, Instant now) {
        boolean attached = calls.attach(new OutageCalls.Call(order.id(), order.number(), event.id(),
                OutageCalls.Role.FAULT_CALL, order.customerId(), areaCode, order.contactPhone(), false, 0, now));
        if (attached) {
            workOrders.attachToOutage(order.number(), event.number(), crewOf(event), actor);
            if (event.crewArrivedAt() != null) {
                // the crew is there already: this caller waits for nobody to arrive
                time.stopArrival(order.number(), now, event.number());
            }
        }
        return attached;
    }

    /**
     * The (locked) event's crew reached the site at {@code at}: the ARRIVE clock of every fault call
     * attached to it stops then, through the time-limit module.
     */
    public void arrived(OutageEvent event, Instant at, String note, Actor actor, Instant now) {
        event.crewArrived(at, note, actor, now);
        for (OutageCalls.Call call : calls.ofEvent(event.id())) {
            if (call.role() == OutageCalls.Role.FAULT_CALL) {
                time.stopArrival(call.orderNumber(), event.crewArrivedAt(), event.number());
            }
        }
    }

    /** A consultation answered from the event's information: counted with the event, no crew involved. */
    public void informed(OutageEvent event, WorkOrderSnapshot order, String areaCode, boolean answered, Instant now) {
        calls.attach(new OutageCalls.Call(order.id(), order.number(), event.id(), OutageCalls.Role.INFORMED,
                order.customerId(), areaCode, order.contactPhone(), answered, 0, now));
    }

    public Optional<OrgUnit> unit(Long id) {
        return id == null ? Optional.empty() : Optional.of(org.unit(id));
    }
}
