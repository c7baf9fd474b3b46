package com.griddesk.notification.web;

import java.util.List;

import com.griddesk.notification.DeliveryState;
import com.griddesk.notification.Notifications;
import com.griddesk.org.CurrentStaff;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.stereotype.Component;

/** The order page's card of notifications: who was told what, how, and whether it arrived. */
@Component
class OrderNotificationsPanel implements OrderPanel {

    private final Notifications notifications;

    OrderNotificationsPanel(Notifications notifications) {
        this.notifications = notifications;
    }

    record Data(String orderNumber, List<DeliveryState> items) {
    }

    @Override
    public String fragment() {
        return "notification/panels :: order-notifications";
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
        return new Data(order.number(), notifications.ofOrder(order.number(), staff));
    }
}
