package com.griddesk.workorder.web;

import java.time.LocalDate;
import java.util.List;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.shared.DomainException;
import com.griddesk.workorder.Channel;
import com.griddesk.workorder.Page;
import com.griddesk.workorder.SubTaskStatus;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderCommand;
import com.griddesk.workorder.WorkOrderFilter;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderStatus;
import com.griddesk.workorder.WorkOrderSummary;
import com.griddesk.workorder.WorkOrders;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/work-orders")
@Tag(name = "Work orders")
class WorkOrderApiController {

    private final WorkOrders workOrders;
    private final WorkOrderQueries queries;
    private final WorkOrderViews views;
    private final OrgDirectory org;

    WorkOrderApiController(WorkOrders workOrders, WorkOrderQueries queries, WorkOrderViews views, OrgDirectory org) {
        this.workOrders = workOrders;
        this.queries = queries;
        this.views = views;
        this.org = org;
    }

    record SummaryView(String number, String status, String type, String category, String channel, String urgency,
            String unit, String accountNumber, String contactName, String contactPhone, String address,
            int reminderCount, java.time.Instant createdAt, java.time.Instant updatedAt) {
    }

    record PageView(List<SummaryView> items, int page, int size, long total, int totalPages) {
    }

    @GetMapping
    @Operation(summary = "List work orders in the caller's data scope, newest first")
    PageView list(@RequestParam(required = false) List<WorkOrderStatus> status,
            @RequestParam(required = false) String type, @RequestParam(required = false) String category,
            @Parameter(description = "unit code; includes the units below it") @RequestParam(required = false) String unit,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "order number, account number, phone, or words of the text, name or address")
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            CurrentStaff staff) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.invalid("to", "validation.dateRange");
        }
        Page<WorkOrderSummary> result = queries.search(new WorkOrderFilter(status, type, category, unit, channel, from,
                to, text, null, null, null, page, size), staff);
        return new PageView(result.items().stream().map(this::summary).toList(), result.page(), result.size(),
                result.total(), result.totalPages());
    }

    private SummaryView summary(WorkOrderSummary s) {
        return new SummaryView(s.number(), s.status().name(), s.typeCode(), s.categoryCode(), s.channel().name(),
                s.urgency().name(), org.unit(s.unitId()).code(), s.accountNumber(), s.contactName(),
                s.contactPhoneMasked(), s.address(), s.reminderCount(), s.createdAt(), s.updatedAt());
    }

    @GetMapping("/{number}")
    @Operation(summary = "One work order with its sub-tasks and the actions the caller may take")
    ResponseEntity<WorkOrderView> get(@PathVariable String number, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        return ResponseEntity.ok().eTag(Versions.etag(order.version())).body(views.view(order, staff));
    }

    @GetMapping("/{number}/timeline")
    @Operation(summary = "The order's immutable history: who, when, what, from → to")
    List<TimelineEntry> timeline(@PathVariable String number, CurrentStaff staff) {
        return queries.timeline(number, staff);
    }

    @PostMapping("/{number}/{action}")
    @Operation(summary = "Take an action: dispatch, redispatch, accept, start, resolve, return, close, reopen, "
            + "cancel, merge, remind, assign-coordinator, sub-tasks, finish-sub-task",
            description = "Send If-Match with the order's ETag to fail with 409 if it changed meanwhile.")
    ResponseEntity<WorkOrderView> act(@PathVariable String number, @PathVariable String action,
            @RequestBody(required = false) ActionRequest body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, CurrentStaff staff) {
        WorkOrderCommand command = ActionCommands.command(action, body);
        WorkOrder order = workOrders.perform(number, command, staff, Versions.parse(ifMatch));
        return ResponseEntity.ok().eTag(Versions.etag(order.version())).body(views.view(order, staff));
    }

    record SubTaskResult(String result) {
    }

    @PostMapping("/{number}/sub-tasks/{no}/complete")
    @Operation(summary = "Mark a sub-task done with its result")
    WorkOrderView completeSubTask(@PathVariable String number, @PathVariable int no,
            @RequestBody(required = false) SubTaskResult body, CurrentStaff staff) {
        WorkOrder order = workOrders.perform(number, new WorkOrderCommand.FinishSubTask(no, SubTaskStatus.DONE,
                body == null ? null : body.result()), staff, null);
        return views.view(order, staff);
    }

    @PostMapping("/{number}/sub-tasks/{no}/cancel")
    @Operation(summary = "Cancel a sub-task with a reason")
    WorkOrderView cancelSubTask(@PathVariable String number, @PathVariable int no,
            @RequestBody(required = false) SubTaskResult body, CurrentStaff staff) {
        WorkOrder order = workOrders.perform(number, new WorkOrderCommand.FinishSubTask(no, SubTaskStatus.CANCELLED,
                body == null ? null : body.result()), staff, null);
        return views.view(order, staff);
    }
}
