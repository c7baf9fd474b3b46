package com.griddesk.textmining.web;

import java.util.List;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.intake.CallerPanel;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.NavItem;
import com.griddesk.org.Role;
import com.griddesk.textmining.LikelyDuplicates;
import com.griddesk.textmining.internal.OrderInsights;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where text mining shows itself in pages other modules own: the order page, the console, the navigation. */
@Configuration(proxyBeanMethods = false)
class TextMiningPanels {

    @Bean
    OrderPanel orderInsightPanel(OrderInsights insights) {
        return new OrderPanel() {
            @Override
            public String fragment() {
                return "textmining/panels :: order-insight";
            }

            @Override
            public Column column() {
                return Column.SIDE;
            }

            @Override
            public int position() {
                return 20;
            }

            @Override
            public Object data(WorkOrder order, CurrentStaff staff) {
                OrderInsights.Insight insight = insights.of(order.number(), staff);
                return insight.isEmpty() ? null
                        : new OrderInsightCard(order.number(), order.version(), order.status().isOpen(), insight);
            }
        };
    }

    /** The caller's own open orders that other callers in the same transformer area also reported. */
    @Bean
    CallerPanel callerDuplicatesPanel(LikelyDuplicates duplicates) {
        return new CallerPanel() {
            @Override
            public String fragment() {
                return "textmining/panels :: caller-duplicates";
            }

            @Override
            public int position() {
                return 20;
            }

            @Override
            public Object data(Customer customer, CurrentStaff staff) {
                List<LikelyDuplicates.Duplicate> found = duplicates.nearby(customer, staff);
                return found.isEmpty() ? null : found;
            }
        };
    }

    @Bean
    NavItem riskQueueNav() {
        return new NavItem("textmining.nav.risk", "/textmining/risk", 60,
                Set.of(Role.COORDINATOR, Role.SUPERVISOR, Role.DISPATCHER, Role.ADMIN));
    }

    @Bean
    NavItem topicsNav() {
        return new NavItem("textmining.nav.topics", "/textmining/topics", 61,
                Set.of(Role.SUPERVISOR, Role.COORDINATOR, Role.ADMIN));
    }

    @Bean
    NavItem modelsNav() {
        return new NavItem("textmining.nav.models", "/admin/textmining", 90, Set.of(Role.ADMIN));
    }
}
