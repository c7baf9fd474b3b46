package com.griddesk.field.internal;

import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderQueries;

import org.springframework.stereotype.Component;

/** Who may do field work on which order: the order in their data scope, and a role that works orders. */
@Component
public class FieldAccess {

    public static final Set<Role> FIELD_ROLES = Set.of(Role.FIELD_CREW, Role.HANDLER, Role.COORDINATOR, Role.SUPERVISOR);

    private final WorkOrderQueries queries;

    FieldAccess(WorkOrderQueries queries) {
        this.queries = queries;
    }

    /** The order, for recording work on it; refuses orders that are finished. */
    public WorkOrder workable(String number, String action, CurrentStaff staff) {
        WorkOrder order = queries.get(number, staff);
        if (!staff.hasAny(FIELD_ROLES)) {
            throw new DomainException(ProblemCode.ACCESS_DENIED);
        }
        if (order.status().isFinal()) {
            throw new DomainException(ProblemCode.ILLEGAL_TRANSITION, number, action, order.status());
        }
        return order;
    }
}
