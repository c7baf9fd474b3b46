package com.griddesk.textmining.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.griddesk.shared.Actor;
import com.griddesk.support.ApiTestBase;
import com.griddesk.textmining.EscalationRisk;
import com.griddesk.textmining.EscalationRiskRaised;
import com.griddesk.textmining.TextMiningFixtures;
import com.griddesk.workorder.WorkOrders;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The coordinator hears of an order's risk once per level: HIGH once, then CRITICAL once. */
@RecordApplicationEvents
class RiskWarningEventsTest extends ApiTestBase {

    @Autowired
    WorkOrders workOrders;

    @Autowired
    ApplicationEvents events;

    @Test
    void repeat_calls_raise_the_risk_and_each_level_is_announced_once() {
        String number = api.post("agent", "/api/v1/work-orders",
                TextMiningFixtures.demand("PHONE", "停电问题一直不解决，我要找律师，还要发到电视台", Map.of())).text("number");
        assertThat(level(number)).isEqualTo("MEDIUM");

        remind(number);
        remind(number);
        remind(number);

        List<EscalationRiskRaised> raised = events.stream(EscalationRiskRaised.class)
                .filter(e -> e.orderNumber().equals(number)).toList();
        assertThat(raised).extracting(EscalationRiskRaised::level)
                .containsExactly(EscalationRisk.Level.HIGH, EscalationRisk.Level.CRITICAL);
        assertThat(raised.get(0).reasons()).contains("REPEAT_CALLS", "LEGAL", "MEDIA");
        assertThat(raised.get(1).score()).isGreaterThanOrEqualTo(80);
        assertThat(jdbc.sql("select count(*) from tm_risk_warning w join tm_order o on o.order_id = w.order_id where o.number = ?")
                .param(number).query(Long.class).single()).isEqualTo(2);
        var timeline = api.get("coordinator", "/api/v1/work-orders/" + number + "/timeline").body();
        long warnings = java.util.stream.StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.get("action").asString().equals("ESCALATION_RISK")).count();
        assertThat(warnings).isEqualTo(2);
    }

    private void remind(String number) {
        workOrders.remindOnRepeatCall(number, "[PHONE] 客户再次来电", new Actor(1, "测试坐席"));
    }

    private String level(String number) {
        return api.get("coordinator", "/api/v1/textmining/orders/" + number).body().get("risk").get("level").asString();
    }
}
