package com.griddesk.report.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.griddesk.customer.Customer;
import com.griddesk.customer.CustomerClass;
import com.griddesk.customer.CustomerDirectory;
import com.griddesk.timelimit.TimeLimitWarningRaised;
import com.griddesk.workorder.WorkOrderCreated;
import com.griddesk.workorder.WorkOrderRepository;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the daily report's warnings and sensitive-customer orders as they happen, in the
 * transaction that raised them: one idempotent insert, cheaper than a published event per warning.
 */
@Component
class SignalRecorder {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Signals signals;
    private final WorkOrderRepository orders;
    private final CustomerDirectory customers;

    SignalRecorder(Signals signals, WorkOrderRepository orders, CustomerDirectory customers) {
        this.signals = signals;
        this.orders = orders;
        this.customers = customers;
    }

    @EventListener
    void on(TimeLimitWarningRaised warning) {
        Signals.Kind kind = switch (warning.level()) {
            case "YELLOW" -> Signals.Kind.WARNING_YELLOW;
            case "RED" -> Signals.Kind.WARNING_RED;
            default -> Signals.Kind.ESCALATION;
        };
        orders.find(warning.orderNumber()).ifPresent(o -> signals.record(kind, LocalDate.ofInstant(warning.firedAt(), ZONE),
                warning.orderNumber(), o.unitPath(), warning.clock() + "/" + warning.level() + "/" + warning.step(),
                warning.firedAt()));
    }

    @EventListener
    void on(WorkOrderCreated created) {
        if (created.customerId() == null) {
            return;
        }
        Customer c = customers.byId(created.customerId()).orElse(null);
        if (c == null || !c.sensitive()) {
            return;
        }
        orders.find(created.number()).ifPresent(o -> signals.record(Signals.Kind.SENSITIVE,
                LocalDate.ofInstant(created.at(), ZONE), created.number(), o.unitPath(), reasons(c), created.at()));
    }

    static String reasons(Customer c) {
        List<String> r = new ArrayList<>();
        if (c.elderlyAlone()) {
            r.add("ELDERLY_ALONE");
        }
        if (c.medicalEquipment()) {
            r.add("MEDICAL_EQUIPMENT");
        }
        if (c.repeatComplainer()) {
            r.add("REPEAT_COMPLAINER");
        }
        if (c.customerClass() == CustomerClass.IMPORTANT) {
            r.add("IMPORTANT");
        }
        return String.join(",", r);
    }
}
