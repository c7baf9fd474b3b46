package com.griddesk.outage.web;

import com.griddesk.org.CurrentStaff;
import com.griddesk.outage.OutageQueries;
import com.griddesk.outage.OutageView;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.stereotype.Component;

/** On the order page: the outage the call is attached to, or was reported still out after. */
@Component
class OutageOrderPanel implements OrderPanel {

    record OrderOutage(OutageView outage, boolean stillOut) {
    }

    private final OutageQueries outages;

    OutageOrderPanel(OutageQueries outages) {
        this.outages = outages;
    }

    @Override
    public String fragment() {
        return "outage/panels :: order-outage";
    }

    @Override
    public Column column() {
        return Column.SIDE;
    }

    @Override
    public int position() {
        return 10;
    }

    @Override
    public Object data(WorkOrder order, CurrentStaff staff) {
        return outages.ofOrder(order.id(), staff).map(o -> new OrderOutage(o, outages.stillOut(order.id()))).orElse(null);
    }
}
