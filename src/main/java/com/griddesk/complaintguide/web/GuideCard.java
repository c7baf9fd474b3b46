package com.griddesk.complaintguide.web;

import com.griddesk.complaintguide.ComplaintGuides;
import com.griddesk.complaintguide.Guide;
import com.griddesk.complaintguide.WrongWay;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.Role;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.stereotype.Component;

/** The guide on a complaint's order page, above the timeline, where the handler works. */
@Component
class GuideCard implements OrderPanel {

    record Data(String number, Guide guide, boolean mayCheck, WrongWay[] wrongWays) {
    }

    private final ComplaintGuides guides;

    GuideCard(ComplaintGuides guides) {
        this.guides = guides;
    }

    @Override
    public String fragment() {
        return "complaintguide/card :: card";
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public int position() {
        return 100;
    }

    @Override
    public Object data(WorkOrder order, CurrentStaff staff) {
        if (!guides.applies(order.snapshot())) {
            return null;
        }
        boolean mayCheck = !order.status().isFinal()
                && staff.hasAny(java.util.Set.of(Role.HANDLER, Role.FIELD_CREW, Role.COORDINATOR, Role.SUPERVISOR));
        return new Data(order.number(), guides.guide(order), mayCheck, WrongWay.values());
    }
}
