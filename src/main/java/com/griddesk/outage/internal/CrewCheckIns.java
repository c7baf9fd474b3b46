package com.griddesk.outage.internal;

import java.time.Clock;
import java.util.Optional;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.StaffMember;
import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageState;
import com.griddesk.shared.Actor;
import com.griddesk.workorder.WorkOrderCheckedIn;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A check-in on a fault call attached to an event is the event's crew reaching the site: the event
 * records the arrival (once) and every attached call's ARRIVE clock stops at the check-in time.
 * After the check-in commits, in a transaction of its own (the outbox retries it), so that the
 * check-in never waits for the feeder lock that grouping and restoration take before the orders.
 */
@Component
class CrewCheckIns {

    private final OutageCalls calls;
    private final JdbcOutageRepository events;
    private final CrewDesk crews;
    private final FeederLocks locks;
    private final OrgDirectory org;
    private final Clock clock;

    CrewCheckIns(OutageCalls calls, JdbcOutageRepository events, CrewDesk crews, FeederLocks locks, OrgDirectory org,
            Clock clock) {
        this.calls = calls;
        this.events = events;
        this.crews = crews;
        this.locks = locks;
        this.org = org;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkOrderCheckedIn checkIn) {
        Optional<OutageEvent> seen = calls.ofOrder(checkIn.orderId())
                .filter(call -> call.role() == OutageCalls.Role.FAULT_CALL)
                .flatMap(call -> events.findById(call.eventId()))
                .filter(CrewCheckIns::awaitsCrew);
        if (seen.isEmpty()) {
            return;
        }
        locks.lock(seen.get().snapshot().feederCode());
        OutageEvent event = events.findForUpdate(seen.get().number()).filter(CrewCheckIns::awaitsCrew).orElse(null);
        if (event == null) {
            return;
        }
        Actor crew = new Actor(checkIn.actorId(), org.staff(checkIn.actorId()).map(StaffMember::fullName).orElse("—"));
        crews.arrived(event, checkIn.at(), checkIn.number(), crew, clock.instant());
        events.save(event);
    }

    private static boolean awaitsCrew(OutageEvent event) {
        return event.kind() == OutageKind.FAULT && event.state() == OutageState.ACTIVE && event.crewUnitId() != null
                && event.crewArrivedAt() == null;
    }
}
