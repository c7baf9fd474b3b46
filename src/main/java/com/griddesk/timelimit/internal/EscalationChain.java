package com.griddesk.timelimit.internal;

import java.util.Optional;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.org.StaffMember;
import com.griddesk.org.UnitLevel;
import com.griddesk.timelimit.TimeLimitSettings.Recipient;

import org.springframework.stereotype.Component;

/** Who a warning goes to: the assignee, then up the organisation (team leader → station head → coordinator → bureau). */
@Component
class EscalationChain {

    private final OrgDirectory org;

    EscalationChain(OrgDirectory org) {
        this.org = org;
    }

    Optional<Long> recipient(Recipient kind, ClockRow clock) {
        OrgUnit unit = unitOf(clock.unitPath());
        return switch (kind) {
            case ASSIGNEE -> Optional.ofNullable(clock.assigneeId())
                    .or(() -> nearest(unit, Role.DISPATCHER));
            case TEAM_LEADER -> unit.level() == UnitLevel.TEAM ? at(unit, Role.SUPERVISOR) : Optional.empty();
            case STATION_HEAD -> org.stationOf(unit.id()).flatMap(s -> at(s, Role.SUPERVISOR));
            case COORDINATOR -> Optional.ofNullable(clock.coordinatorId())
                    .or(() -> org.stationOf(unit.id()).flatMap(s -> nearestBelow(s, Role.COORDINATOR)));
            case BUREAU_SUPERVISOR -> ancestor(unit, UnitLevel.BUREAU).flatMap(b -> at(b, Role.SUPERVISOR));
        };
    }

    private OrgUnit unitOf(String path) {
        String[] ids = path.split("/");
        return org.unit(Long.parseLong(ids[ids.length - 1]));
    }

    private Optional<Long> at(OrgUnit unit, Role role) {
        return org.staffWithRole(unit.id(), role).stream().filter(s -> s.unitId() == unit.id()).findFirst()
                .map(StaffMember::id);
    }

    private Optional<Long> nearestBelow(OrgUnit unit, Role role) {
        return org.staffWithRole(unit.id(), role).stream().findFirst().map(StaffMember::id);
    }

    /** The nearest holder of the role in the unit or above it. */
    private Optional<Long> nearest(OrgUnit unit, Role role) {
        OrgUnit current = unit;
        while (current != null) {
            Optional<Long> found = at(current, role);
            if (found.isPresent()) {
                return found;
            }
            current = current.parentId() == null ? null : org.unit(current.parentId());
        }
        return Optional.empty();
    }

    private Optional<OrgUnit> ancestor(OrgUnit unit, UnitLevel level) {
        OrgUnit current = unit;
        while (current != null && current.level() != level) {
            current = current.parentId() == null ? null : org.unit(current.parentId());
        }
        return Optional.ofNullable(current);
    }
}
