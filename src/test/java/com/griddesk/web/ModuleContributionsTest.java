package com.griddesk.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.griddesk.customer.Customer;
import com.griddesk.intake.CallerPanel;
import com.griddesk.org.CurrentStaff;
import com.griddesk.org.NavItem;
import com.griddesk.org.Role;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;
import com.griddesk.support.PageClient;
import com.griddesk.workorder.WorkOrder;
import com.griddesk.workorder.web.OrderPanel;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A module adds cards to the order page and the console, and entries to the navigation, without editing them. */
@Import(ModuleContributionsTest.TestModule.class)
class ModuleContributionsTest extends ApiTestBase {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestModule {

        @Bean
        OrderPanel testOrderPanel() {
            return new OrderPanel() {
                public String fragment() { return "testmodule/cards :: order-card"; }
                public Column column() { return Column.SIDE; }
                public int position() { return 10; }
                public Object data(WorkOrder order, CurrentStaff staff) {
                    return order.snapshot().typeCode().equals("FAULT_REPAIR") ? "卡片:" + order.number() : null;
                }
            };
        }

        @Bean
        CallerPanel testCallerPanel() {
            return new CallerPanel() {
                public String fragment() { return "testmodule/cards :: caller-card"; }
                public int position() { return 10; }
                public Object data(Customer customer, CurrentStaff staff) { return "来电提示:" + customer.accountNumber(); }
            };
        }

        @Bean
        NavItem supervisorsOnly() {
            return new NavItem("queue.title", "/test-module", 10, Set.of(Role.SUPERVISOR));
        }
    }

    @Test
    void an_order_panel_shows_when_it_has_data_for_the_order() {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf("BJ-SB-S1", 71), "13800990001"));
        body.put("insist", true);
        String number = api.post("agent", "/api/v1/work-orders", body).text("number");
        String page = PageClient.loggedIn(port, "supervisor").get("/orders/" + number).body();
        assertThat(page).contains("id=\"test-order-card\"").contains("卡片:" + number);

        Map<String, Object> question = new HashMap<>(body);
        question.put("category", "CONSULTATION.BILLING");
        question.put("description", "询问电价");
        String consultation = api.post("agent", "/api/v1/work-orders", question).text("number");
        assertThat(PageClient.loggedIn(port, "supervisor").get("/orders/" + consultation).body())
                .doesNotContain("test-order-card");
    }

    @Test
    void a_caller_panel_heads_the_customer_card_in_the_console() {
        String account = demo.customerOf("BJ-SB-S2", 75);
        String card = PageClient.loggedIn(port, "agent").htmx("/console/customers/" + account).body();
        assertThat(card).contains("id=\"test-caller-card\"").contains("来电提示:" + account);
        assertThat(card.indexOf("test-caller-card")).isLessThan(card.indexOf("customer-card"));
    }

    @Test
    void a_navigation_item_shows_only_to_its_roles() {
        assertThat(PageClient.loggedIn(port, "supervisor").get("/queue").body()).contains("href=\"/test-module\"");
        assertThat(PageClient.loggedIn(port, "agent").get("/queue").body()).doesNotContain("href=\"/test-module\"");
    }
}
