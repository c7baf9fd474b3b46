package com.griddesk.dispatch.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.UnitLevel;
import com.griddesk.workorder.DispatchTargets;
import com.griddesk.workorder.WorkOrderFilter;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.WorkOrderSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** The dispatcher board: new and returned orders with the team routing suggests; polled by htmx. */
@Controller
class BoardPageController {

    private final WorkOrderQueries queries;
    private final DispatchTargets targets;
    private final OrgDirectory org;

    BoardPageController(WorkOrderQueries queries, DispatchTargets targets, OrgDirectory org) {
        this.queries = queries;
        this.targets = targets;
        this.org = org;
    }

    record Row(WorkOrderSummary order, OrgUnit unit, OrgUnit suggested) {
    }

    @GetMapping("/board")
    String board(@RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model) {
        var waiting = queries.search(WorkOrderFilter.statuses(List.of(WorkOrderStatus.NEW, WorkOrderStatus.RETURNED), 100), staff);
        List<Row> rows = waiting.items().stream().map(o -> new Row(o, org.unit(o.unitId()), suggestion(o.number(), staff)))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("waiting", waiting.total());
        model.addAttribute("counts", Map.of(
                "DISPATCHED", count(WorkOrderStatus.DISPATCHED, staff),
                "ACCEPTED", count(WorkOrderStatus.ACCEPTED, staff),
                "IN_PROGRESS", count(WorkOrderStatus.IN_PROGRESS, staff)));
        model.addAttribute("teams", org.units().stream()
                .filter(u -> staff.sees(u.path()) && (u.level() == UnitLevel.TEAM || u.level() == UnitLevel.STATION)).toList());
        return htmx != null ? "board :: table" : "board";
    }

    private OrgUnit suggestion(String number, CurrentStaff staff) {
        return queries.find(number, staff).flatMap(o -> targets.suggestedTeam(o.snapshot())).orElse(null);
    }

    private long count(WorkOrderStatus status, CurrentStaff staff) {
        return queries.search(WorkOrderFilter.statuses(List.of(status), 1), staff).total();
    }
}
