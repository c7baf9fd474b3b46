package com.griddesk.workorder.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.WorkOrder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The panels other modules contribute to the order page, resolved for one order and user. */
@Component
class OrderPanels {

    /** One card to render: {@code template :: fragment} with {@code panel} bound to {@code data}. */
    record Rendered(String template, String fragment, OrderPanel.Column column, Object data) {
    }

    private final ObjectProvider<OrderPanel> panels;

    OrderPanels(ObjectProvider<OrderPanel> panels) {
        this.panels = panels;
    }

    List<Rendered> render(WorkOrder order, CurrentStaff staff) {
        return panels.orderedStream()
                .sorted(Comparator.comparingInt(OrderPanel::position))
                .map(p -> {
                    Object data = p.data(order, staff);
                    if (data == null) {
                        return null;
                    }
                    String[] parts = p.fragment().split("::", 2);
                    return new Rendered(parts[0].strip(), parts[1].strip(), p.column(), data);
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
