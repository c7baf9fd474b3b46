package com.griddesk.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import com.griddesk.dispatch.Route;
import com.griddesk.dispatch.Routing;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.TeamKind;
import com.griddesk.shared.Actor;

/**
 * Where each demo order goes, by the application's own routing rules, and who of the team works it.
 * Units are looked up once per code and station; the people vary from order to order.
 */
final class DemoRoutes {

    private final Routing routing;
    private final OrgDirectory org;
    private final DemoStaff staff;
    private final Map<String, Route> routes = new HashMap<>();

    DemoRoutes(Routing routing, OrgDirectory org, DemoStaff staff) {
        this.routing = routing;
        this.org = org;
        this.staff = staff;
    }

    DemoOutcomes.Route route(String code, long stationId, Random r) {
        Route route = routes.computeIfAbsent(code + "@" + stationId, k -> routing.route(code, stationId, null));
        OrgUnit station = route.owner();
        OrgUnit team = route.team().orElse(station);
        Actor coordinator = route.coordinator().map(c -> new Actor(c.id(), c.fullName())).orElse(null);
        Actor worker = team.teamKind() == TeamKind.COORDINATION && coordinator != null ? coordinator : member(team, r);
        Actor dispatcher = staff.in(station.id(), "DISPATCHER", r);
        OrgUnit helperTeam = code.startsWith("COMPLAINT.") ? org.team(station.id(), helperKind(code)).orElse(null) : null;
        return new DemoOutcomes.Route(station, team, dispatcher != null ? dispatcher : staff.user("dispatcher"),
                worker != null ? worker : staff.user("handler"), coordinator, helperTeam,
                helperTeam == null ? null : member(helperTeam, r));
    }

    Actor hallClerk(long stationId, Random r) {
        return org.team(stationId, TeamKind.SERVICE).map(t -> member(t, r)).orElse(null);
    }

    private Actor member(OrgUnit team, Random r) {
        String role = team.teamKind() == null ? "HANDLER" : switch (team.teamKind()) {
            case REPAIR -> "FIELD_CREW";
            case COORDINATION -> "COORDINATOR";
            default -> "HANDLER";
        };
        return staff.in(team.id(), role, r);
    }

    /** The department a complaint's coordinator asks for help (协办). */
    private static TeamKind helperKind(String category) {
        if (category.startsWith("COMPLAINT.BUSINESS.CONNECTION")) {
            return TeamKind.BUSINESS;
        }
        if (category.startsWith("COMPLAINT.BUSINESS.METERING")) {
            return TeamKind.METERING;
        }
        if (category.startsWith("COMPLAINT.OUTAGE") || category.startsWith("COMPLAINT.QUALITY")
                || category.startsWith("COMPLAINT.GRID")) {
            return TeamKind.REPAIR;
        }
        return TeamKind.SERVICE;
    }
}
