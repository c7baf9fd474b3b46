package com.griddesk.notification.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.griddesk.notification.NotificationEvent;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.Role;
import com.griddesk.org.StaffMember;
import com.griddesk.recovery.RemedyRequested;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderRepository;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A remedy waits for approval: whoever may decide it hears in-app. The recovery module's four-eyes
 * rule decides who that is — up to the limit the order's coordinator (a complaint has one), unless
 * the coordinator asked for it; above the limit, or when the coordinator cannot, the supervisors of
 * the nearest unit above the order that has any (station head, county, bureau).
 */
@Component
class RecoveryNotifier {

    private final Outbox outbox;
    private final WorkOrderRepository orders;
    private final OrgDirectory org;
    private final MessageSource messages;

    RecoveryNotifier(Outbox outbox, WorkOrderRepository orders, OrgDirectory org, MessageSource messages) {
        this.outbox = outbox;
        this.orders = orders;
        this.org = org;
        this.messages = messages;
    }

    @EventListener
    void on(RemedyRequested requested) {
        WorkOrder order = orders.find(requested.orderNumber()).orElseThrow();
        Map<String, String> vars = Map.of("orderNumber", order.number(),
                "remedy", messages.getMessage("recovery.kind." + requested.kind(), null, requested.kind().name(),
                        Locale.SIMPLIFIED_CHINESE),
                "amount", requested.amount() == null ? "—" : requested.amount().toPlainString(),
                "requestedBy", org.staff(requested.requestedBy()).map(StaffMember::fullName).orElse("—"));
        for (long to : approvers(order.snapshot(), requested)) {
            outbox.toStaff("remedy:" + requested.remedyId() + ":" + to, NotificationEvent.REMEDY_APPROVAL, to,
                    About.order(order.id(), order.number()), vars);
        }
    }

    Set<Long> approvers(WorkOrderSnapshot order, RemedyRequested requested) {
        Set<Long> approvers = new LinkedHashSet<>();
        Long coordinator = order.coordinatorId();
        if (!requested.needsSupervisor() && coordinator != null && coordinator != requested.requestedBy()) {
            approvers.add(coordinator);
            return approvers;
        }
        OrgUnit unit = org.unit(order.stationId() != null ? order.stationId() : order.unitId());
        while (unit != null && approvers.isEmpty()) {
            long unitId = unit.id();
            List<StaffMember> supervisors = org.staffWithRole(unitId, Role.SUPERVISOR).stream()
                    .filter(s -> s.unitId() == unitId && s.id() != requested.requestedBy()).toList();
            supervisors.forEach(s -> approvers.add(s.id()));
            unit = unit.parentId() == null ? null : org.unit(unit.parentId());
        }
        return approvers;
    }
}
