package com.griddesk.workorder.web;

import java.util.List;
import java.util.Locale;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.shared.PhoneNumber;
import com.griddesk.workorder.OrderDeadlines;
import com.griddesk.workorder.Taxonomy;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderAction;
import com.griddesk.workorder.WorkOrderSnapshot;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Maps the aggregate to its API representation, with names and the actions the caller may take. */
@Component
public class WorkOrderViews {

    private final OrgDirectory org;
    private final Taxonomy taxonomy;
    private final ObjectProvider<OrderDeadlines> deadlines;

    WorkOrderViews(OrgDirectory org, Taxonomy taxonomy, ObjectProvider<OrderDeadlines> deadlines) {
        this.org = org;
        this.taxonomy = taxonomy;
        this.deadlines = deadlines;
    }

    /** The order's clocks, if the time-limit module is there. */
    public List<OrderDeadlines.Deadline> clocks(WorkOrder order) {
        OrderDeadlines provider = deadlines.getIfAvailable();
        return provider == null ? List.of() : provider.of(order.id());
    }

    public WorkOrderView view(WorkOrder order, CurrentStaff staff) {
        Locale locale = LocaleContextHolder.getLocale();
        WorkOrderSnapshot s = order.snapshot();
        OrgUnit unit = org.unit(s.unitId());
        List<WorkOrderView.SubTaskView> subTasks = order.subTasks().stream()
                .map(t -> {
                    OrgUnit u = org.unit(t.unitId());
                    return new WorkOrderView.SubTaskView(t.no(), u.code(), u.name(locale), t.assigneeId(),
                            t.description(), t.status(), t.result(), t.createdAt(), t.finishedAt());
                })
                .toList();
        return new WorkOrderView(s.number(), s.status().name(), s.typeCode(), name(s.typeCode(), locale),
                s.categoryCode(), name(s.categoryCode(), locale), s.channel().name(), s.urgency().name(), unit.code(),
                unit.name(locale), s.stationId() == null ? null : org.unit(s.stationId()).code(), s.accountNumber(),
                s.contactName(), PhoneNumber.mask(s.contactPhone()), s.address(), s.description(), person(s.assigneeId()),
                person(s.coordinatorId()), s.reminderCount(), s.returnCount(), s.reopenCount(), s.reworkCount(),
                s.firstContactResolution(), s.resolution(), s.rootCause(),
                s.responsibility() == null ? null : s.responsibility().name(),
                s.callbackSatisfaction() == null ? null
                        : new WorkOrderView.Callback(s.callbackSatisfaction().name(), s.callbackNote()),
                s.cancelReason(), s.mergedInto(), s.createdAt(), s.updatedAt(), s.dispatchedAt(), s.acceptedAt(),
                s.resolvedAt(), s.closedAt(), s.version(), subTasks, clocks(order), actions(order, staff), null);
    }

    /** For list rows: each order's running clock with the nearest deadline. */
    public java.util.Map<String, OrderDeadlines.Deadline> mostUrgent(List<String> numbers) {
        OrderDeadlines provider = deadlines.getIfAvailable();
        return provider == null ? java.util.Map.of() : provider.mostUrgent(numbers);
    }

    /** The actions the caller may take on the order in its current status. */
    public List<String> actions(WorkOrder order, CurrentStaff staff) {
        return java.util.Arrays.stream(WorkOrderAction.values())
                .filter(a -> a.availableIn(order.status()) && a.allowedFor(staff))
                .map(WorkOrderAction::path)
                .toList();
    }

    private String name(String code, Locale locale) {
        return taxonomy.find(code).map(e -> e.name(locale)).orElse(null);
    }

    private WorkOrderView.Person person(Long id) {
        return id == null ? null : org.staff(id).map(m -> new WorkOrderView.Person(m.id(), m.fullName())).orElse(null);
    }
}
