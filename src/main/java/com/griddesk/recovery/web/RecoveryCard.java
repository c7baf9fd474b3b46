package com.griddesk.recovery.web;

import java.math.BigDecimal;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.recovery.ApologyChannel;
import com.griddesk.recovery.RecoverySettings;
import com.griddesk.recovery.RemedyKind;
import com.griddesk.recovery.ServiceRecoveries;
import com.griddesk.recovery.ServiceRecovery;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.stereotype.Component;

/** The recovery card on a complaint's order page: what is done, what is missing, and the forms to do the rest. */
@Component
class RecoveryCard implements OrderPanel {

    record Data(String number, ServiceRecovery recovery, boolean required, boolean mayRecord, boolean mayDecide, long me,
            BigDecimal supervisorAbove, ApologyChannel[] channels, RemedyKind[] kinds) {
    }

    private final ServiceRecoveries recoveries;
    private final RecoverySettings settings;

    RecoveryCard(ServiceRecoveries recoveries, RecoverySettings settings) {
        this.recoveries = recoveries;
        this.settings = settings;
    }

    @Override
    public String fragment() {
        return "recovery/card :: card";
    }

    @Override
    public Column column() {
        return Column.SIDE;
    }

    @Override
    public int position() {
        return 320;
    }

    @Override
    public Object data(WorkOrder order, CurrentStaff staff) {
        if (!recoveries.applies(order.snapshot())) {
            return null;
        }
        boolean open = !order.status().isFinal();
        return new Data(order.number(), recoveries.of(order.number(), staff), recoveries.required(order.snapshot()),
                open && staff.hasAny(java.util.Set.of(Role.HANDLER, Role.FIELD_CREW, Role.COORDINATOR, Role.SUPERVISOR)),
                open && staff.hasAny(java.util.Set.of(Role.COORDINATOR, Role.SUPERVISOR)), staff.id(),
                settings.supervisorApprovalAbove(), ApologyChannel.values(), RemedyKind.values());
    }
}
