package com.griddesk.intake.web;

import java.time.Instant;
import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.intake.CallerNotice;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.workorder.WorkOrderQueries;
import com.griddesk.workorder.WorkOrderSummary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What an agent needs in view while the customer is on the line. */
@RestController
@Tag(name = "Intake")
class IntakeContextController {

    static final int HISTORY_DAYS = 90;

    private final CustomerDirectory customers;
    private final WorkOrderQueries queries;
    private final OrgDirectory org;
    private final CallerPanels panels;

    IntakeContextController(CustomerDirectory customers, WorkOrderQueries queries, OrgDirectory org,
            CallerPanels panels) {
        this.customers = customers;
        this.queries = queries;
        this.org = org;
        this.panels = panels;
    }

    record OrderLine(String number, String status, String type, String category, String channel, String urgency,
            int reminderCount, String description, String unit, Instant createdAt) {
    }

    record CallerContext(String accountNumber, String name, String customerClass, boolean sensitive,
            String stationCode, String transformerArea, String feeder, List<CallerNotice> notices,
            List<OrderLine> openOrders, List<OrderLine> history) {
    }

    @GetMapping("/api/v1/intake/customers/{accountNumber}/context")
    @Operation(summary = "The caller's open orders and last 90 days of history, for the agent on the call, "
            + "with what other modules say first (notices: an outage at the premise, …)")
    CallerContext context(@PathVariable String accountNumber,
            @RequestParam(defaultValue = "" + HISTORY_DAYS) int days, CurrentStaff staff) {
        Customer c = customers.visibleTo(accountNumber, staff);
        int span = Math.min(Math.max(days, 1), 366);
        return new CallerContext(c.accountNumber(), c.name(), c.customerClass().name(), c.sensitive(),
                org.unit(c.stationId()).code(), c.transformerArea(), c.feeder(), panels.notices(c, staff),
                lines(queries.openOrdersOf(c.id(), c.phone(), staff)), lines(queries.historyOf(c.id(), span, staff)));
    }

    private List<OrderLine> lines(List<WorkOrderSummary> orders) {
        return orders.stream().map(o -> new OrderLine(o.number(), o.status().name(), o.typeCode(), o.categoryCode(),
                o.channel().name(), o.urgency().name(), o.reminderCount(), o.description(), org.unit(o.unitId()).code(),
                o.createdAt())).toList();
    }
}
