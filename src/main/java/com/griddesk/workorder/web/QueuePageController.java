package com.griddesk.workorder.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.Role;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Page;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.WorkOrderFilter;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.WorkOrderSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The work queue: what the user's roles have to do, in their units. The table is also an htmx fragment. */
@Controller
class QueuePageController {

    private final WorkOrderQueries queries;
    private final WorkOrderViews views;
    private final Taxonomy taxonomy;
    private final OrgDirectory org;
    private final ListBadges badges;

    QueuePageController(WorkOrderQueries queries, WorkOrderViews views, Taxonomy taxonomy, OrgDirectory org,
            ListBadges badges) {
        this.queries = queries;
        this.views = views;
        this.taxonomy = taxonomy;
        this.org = org;
        this.badges = badges;
    }

    @GetMapping("/queue")
    String queue(@RequestParam(required = false) List<WorkOrderStatus> status, @RequestParam(required = false) String type,
            @RequestParam(required = false) Channel channel, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, CurrentStaff staff, Model model,
            java.util.Locale locale) {
        List<WorkOrderStatus> statuses = status == null || status.isEmpty() ? defaultStatuses(staff) : status;
        Long assignee = mine && (staff.has(Role.HANDLER) || staff.has(Role.FIELD_CREW)) ? staff.id() : null;
        Long coordinator = mine && staff.has(Role.COORDINATOR) ? staff.id() : null;
        Page<WorkOrderSummary> result = queries.search(new WorkOrderFilter(statuses, blank(type), null, null, channel,
                null, null, blank(text), assignee, coordinator, null, page, 25), staff);
        model.addAttribute("result", result);
        List<String> numbers = result.items().stream().map(WorkOrderSummary::number).toList();
        model.addAttribute("urgent", views.mostUrgent(numbers));
        model.addAttribute("badges", badges.of(numbers, staff, locale));
        model.addAttribute("org", org);
        model.addAttribute("statuses", statuses);
        model.addAttribute("allStatuses", WorkOrderStatus.values());
        model.addAttribute("types", taxonomy.topLevel());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("type", type);
        model.addAttribute("channel", channel);
        model.addAttribute("text", text);
        model.addAttribute("mine", mine);
        return htmx != null ? "queue :: table" : "queue";
    }

    /** What each role works on, in the order of its day. */
    static List<WorkOrderStatus> defaultStatuses(CurrentStaff staff) {
        Set<WorkOrderStatus> wanted = EnumSet.noneOf(WorkOrderStatus.class);
        if (staff.has(Role.DISPATCHER)) {
            wanted.addAll(List.of(WorkOrderStatus.NEW, WorkOrderStatus.RETURNED));
        }
        if (staff.has(Role.HANDLER) || staff.has(Role.FIELD_CREW)) {
            wanted.addAll(List.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.IN_PROGRESS));
        }
        if (staff.has(Role.CALLBACK_AGENT)) {
            wanted.add(WorkOrderStatus.RESOLVED);
        }
        if (wanted.isEmpty()) {
            wanted.addAll(WorkOrderStatus.OPEN);
            wanted.add(WorkOrderStatus.RESOLVED);
        }
        return new ArrayList<>(wanted);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
