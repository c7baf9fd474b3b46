package com.griddesk.notification;

import java.util.Map;

import com.griddesk.shared.Actor;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.PageClient;
import com.griddesk.workorder.WorkOrders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A complaint whose escalation risk turns high puts an early warning in its coordinator's inbox, once. */
class EscalationRiskNotificationTest extends ApiTestBase {

    @Autowired
    WorkOrders workOrders;

    @Test
    void the_coordinator_hears_of_a_high_risk_once_per_level() {
        String number = api.post("agent", "/api/v1/work-orders", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "category", "COMPLAINT.OUTAGE.REPAIR", "accountNumber", demo.customerOf("BJ-JN-S4", 17),
                "contactName", "周女士", "contactPhone", "13700221144", "address", "江南镇南桥村",
                "description", "停电问题一直不解决，我要找律师，还要发到电视台", "insist", true)).text("number");
        for (int i = 0; i < 3; i++) {
            workOrders.remindOnRepeatCall(number, "[PHONE] 客户再次来电", new Actor(1, "测试坐席"));
        }
        long coordinator = jdbc.sql("select coordinator_id from work_order where number = ?").param(number)
                .query(Long.class).single();
        long warnings = jdbc.sql("""
                select count(*) from notification where event = 'ESCALATION_RISK' and order_number = ? and recipient_kind = 'STAFF' and recipient_id = ?""")
                .param(number).param(coordinator).query(Long.class).single();
        assertThat(warnings).isEqualTo(2);
        String username = jdbc.sql("select username from staff where id = ?").param(coordinator).query(String.class).single();
        assertThat(PageClient.loggedIn(port, username).get("/notifications").body()).contains("升级风险 " + number)
                .contains("法律");
        // and the work queue marks the order
        String queue = PageClient.loggedIn(port, "supervisor").get("/queue?text=" + number).body();
        assertThat(queue).contains("module-badge").containsPattern("风险 \\d+");
    }
}
