package com.griddesk.dispatch.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.griddesk.dispatch.Route;
import com.griddesk.dispatch.Routing;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.org.StaffMember;
import com.griddesk.org.TeamKind;
import com.griddesk.workorder.DispatchTargets;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Routing from the {@code routing_rule} table: the longest matching code prefix wins. */
@Service
class RuleBasedRouting implements Routing, DispatchTargets {

    record Rule(String codePrefix, TeamKind teamKind, boolean needsCoordinator) {

        boolean matches(String code) {
            return code.equals(codePrefix) || code.startsWith(codePrefix + ".");
        }
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private volatile List<Rule> rules;

    RuleBasedRouting(JdbcClient jdbc, OrgDirectory org) {
        this.jdbc = jdbc;
        this.org = org;
        reload();
    }

    /** Re-reads the rules after an administrator changed them. */
    void reload() {
        rules = jdbc.sql("select code_prefix, team_kind, needs_coordinator from routing_rule")
                .query((rs, i) -> new Rule(rs.getString(1), TeamKind.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .list();
    }

    Optional<Rule> ruleFor(String code) {
        return rules.stream().filter(r -> r.matches(code))
                .max(Comparator.comparingInt(r -> r.codePrefix().length()));
    }

    @Override
    public Route route(String code, Long stationId, String address) {
        OrgUnit owner = Optional.ofNullable(stationId).map(org::unit)
                .or(() -> org.stationForAddress(address))
                .orElseGet(org::defaultIntakeUnit);
        Optional<Rule> rule = ruleFor(code);
        Optional<OrgUnit> team = rule.flatMap(r -> org.team(owner.id(), r.teamKind()));
        Optional<StaffMember> coordinator = rule.filter(Rule::needsCoordinator)
                .flatMap(r -> org.staffWithRole(owner.id(), Role.COORDINATOR).stream().findFirst()
                        .or(() -> nearestAbove(owner, Role.COORDINATOR)));
        return new Route(owner, team, coordinator);
    }

    private Optional<StaffMember> nearestAbove(OrgUnit unit, Role role) {
        OrgUnit current = unit;
        while (current.parentId() != null) {
            current = org.unit(current.parentId());
            List<StaffMember> found = org.staffWithRole(current.id(), role);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<OrgUnit> suggestedTeam(WorkOrderSnapshot order) {
        String code = order.categoryCode() != null ? order.categoryCode() : order.typeCode();
        long owner = order.stationId() != null ? order.stationId() : order.unitId();
        return ruleFor(code).flatMap(r -> org.team(owner, r.teamKind()))
                .or(() -> Optional.of(org.unit(owner)));
    }
}
