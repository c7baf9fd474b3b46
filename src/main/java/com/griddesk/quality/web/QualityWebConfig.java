package com.griddesk.quality.web;

import java.util.Set;

import com.griddesk.org.CurrentStaff;
import com.griddesk.org.NavItem;
import com.griddesk.org.Role;
import com.griddesk.quality.QualityInspections;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QualityWebConfig {

    @Bean
    NavItem qualityNav() {
        return new NavItem("quality.nav", "/quality", 330, Set.of(Role.SUPERVISOR));
    }

    /** An inspected order shows its score to supervisors on the order page. */
    @Bean
    OrderPanel qualityCard(QualityInspections inspections) {
        return new OrderPanel() {
            @Override
            public String fragment() {
                return "quality/card :: card";
            }

            @Override
            public Column column() {
                return Column.SIDE;
            }

            @Override
            public int position() {
                return 330;
            }

            @Override
            public Object data(WorkOrder order, CurrentStaff staff) {
                return staff.has(Role.SUPERVISOR) ? inspections.ofOrder(order.number()).orElse(null) : null;
            }
        };
    }
}
