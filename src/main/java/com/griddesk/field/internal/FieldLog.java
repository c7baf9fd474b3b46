package com.griddesk.field.internal;

import java.time.Instant;
import java.util.Map;

import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.TimelineEntry;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.WorkOrderRepository;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes what the crew did onto the order's timeline, so the desk sees the field work as it happens. */
@Component
public class FieldLog {

    private final WorkOrderRepository orders;
    private final MessageSource messages;

    FieldLog(WorkOrderRepository orders, MessageSource messages) {
        this.orders = orders;
        this.messages = messages;
    }

    public void append(WorkOrder order, CurrentStaff staff, Instant at, String action, String note, Map<String, Object> details) {
        orders.appendTimeline(order.id(), new TimelineEntry(at, staff.id(), staff.fullName(), action, null, null, note, details));
    }

    /** A note in the language of the request that made it. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
