package com.griddesk.intake.web;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.griddesk.customer.Customer;
import com.griddesk.intake.CallerNotice;
import com.griddesk.intake.CallerNotices;
import com.griddesk.intake.CallerPanel;
import com.griddesk.org.CurrentStaff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The cards other modules contribute to the console for one caller. */
@Component
class CallerPanels {

    /** One card to render: {@code template :: fragment} with {@code panel} bound to {@code data}. */
    record Rendered(String template, String fragment, Object data) {
    }

    private final ObjectProvider<CallerPanel> panels;
    private final ObjectProvider<CallerNotices> notices;

    CallerPanels(ObjectProvider<CallerPanel> panels, ObjectProvider<CallerNotices> notices) {
        this.panels = panels;
        this.notices = notices;
    }

    /** What other modules tell the API client about this caller first. */
    List<CallerNotice> notices(Customer customer, CurrentStaff staff) {
        return notices.orderedStream().flatMap(n -> n.about(customer, staff).stream()).toList();
    }

    List<Rendered> render(Customer customer, CurrentStaff staff) {
        return panels.orderedStream()
                .sorted(Comparator.comparingInt(CallerPanel::position))
                .map(p -> {
                    Object data = p.data(customer, staff);
                    if (data == null) {
                        return null;
                    }
                    String[] parts = p.fragment().split("::", 2);
                    return new Rendered(parts[0].strip(), parts[1].strip(), data);
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
