package com.griddesk.improvement;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.PageClient;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The before/after rate of an action on a hand-built set of occurrences, and the pages that show it. */
class ImprovementEffectTest extends ApiTestBase {

    static final String AREA = "TEST-EFFECT-AREA";

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String bureauPath() {
        return jdbc.sql("select u.path from staff s join org_unit u on u.id = s.unit_id where s.username = 'supervisor'")
                .query(String.class).single();
    }

    private void occurrence(long orderId, String cause, Instant at, String area) {
        jdbc.sql("""
                insert into improvement_occurrence (order_id, order_number, root_cause, resolved_at, unit_id, unit_path,
                    transformer_area, feeder) values (?, ?, ?, ?, 1, ?, ?, null)""")
                .param(orderId).param("TEST" + orderId).param(cause).param(Timestamp.from(at)).param(bureauPath()).param(area)
                .update();
    }

    @Test
    void orders_per_30_days_before_and_after_implementation() {
        Instant implemented = Instant.parse("2026-06-01T00:00:00Z");
        long base = 900_000_000L;
        // 90 days before: 6 of the cause in the area (one just outside the window), plus noise that must not count
        for (int i = 0; i < 6; i++) {
            occurrence(base + i, "VEGETATION", implemented.minus(Duration.ofDays(5 + i * 14)), AREA);
        }
        occurrence(base + 10, "VEGETATION", implemented.minus(Duration.ofDays(91)), AREA);
        occurrence(base + 11, "EQUIPMENT_AGEING", implemented.minus(Duration.ofDays(3)), AREA);
        occurrence(base + 12, "VEGETATION", implemented.minus(Duration.ofDays(3)), "TEST-OTHER-AREA");
        // after: one within the first 30 days, one later than the observed span
        occurrence(base + 20, "VEGETATION", implemented.plus(Duration.ofDays(10)), AREA);
        occurrence(base + 21, "VEGETATION", implemented.plus(Duration.ofDays(40)), AREA);
        long id = jdbc.sql("""
                insert into improvement_action (scope_kind, scope_code, scope_name, root_cause, unit_id, unit_path, state,
                    proposed_at, trigger_count, owner_id, owner_name, due_date, plan, accepted_at, evidence, implemented_at,
                    updated_at)
                values ('TRANSFORMER_AREA', ?, '测试台区', 'VEGETATION', 1, ?, 'IMPLEMENTED', ?, 6, 1, '测试', date '2026-06-01',
                    '清理树障', ?, '已清理', ?, ?) returning id""")
                .param(AREA).param(bureauPath()).param(Timestamp.from(implemented.minus(Duration.ofDays(20))))
                .param(Timestamp.from(implemented.minus(Duration.ofDays(10)))).param(Timestamp.from(implemented))
                .param(Timestamp.from(implemented)).query(Long.class).single();

        clock.travelTo(implemented.plus(Duration.ofDays(30)));
        JsonNode effect = api.get("supervisor", "/api/v1/improvement-actions/" + id).body().get("effect");
        assertThat(effect.get("beforeOrders").asInt()).isEqualTo(6);
        assertThat(effect.get("before").asDouble()).isEqualTo(2.0);
        assertThat(effect.get("afterOrders").asInt()).isEqualTo(1);
        assertThat(effect.get("afterDays").asDouble()).isEqualTo(30.0);
        assertThat(effect.get("after").asDouble()).isEqualTo(1.0);
        assertThat(effect.get("change").asDouble()).isCloseTo(-0.5, within(1e-9));

        // 120 days on, the after span stops at one window (90 days): 2 orders in 90 days
        clock.travelTo(implemented.plus(Duration.ofDays(120)));
        JsonNode later = api.get("supervisor", "/api/v1/improvement-actions/" + id).body().get("effect");
        assertThat(later.get("afterOrders").asInt()).isEqualTo(2);
        assertThat(later.get("after").asDouble()).isCloseTo(0.67, within(1e-9));

        PageClient page = PageClient.loggedIn(port, "supervisor");
        String html = page.get("/improvement/" + id).body();
        assertThat(html).contains("id=\"effect-before\">2.0<").contains("id=\"effect-after\">0.67<").contains("测试台区");
        String fragment = page.htmx("/improvement/" + id).body();
        assertThat(fragment).contains("id=\"improvement-action\"").doesNotContain("<nav");

        String list = page.get("/improvement?state=IMPLEMENTED").body();
        assertThat(list).contains("/improvement/" + id + "\"").contains("<nav");
        String listFragment = page.htmx("/improvement?state=VERIFIED").body();
        assertThat(listFragment).contains("id=\"improvement-list\"").doesNotContain("/improvement/" + id + "\"");
    }

    @Test
    void the_verify_form_refuses_the_owner_inside_the_fragment() {
        long owner = jdbc.sql("select id from staff where username = 'supervisor'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into improvement_action (scope_kind, scope_code, scope_name, root_cause, unit_id, unit_path, state,
                    proposed_at, trigger_count, owner_id, owner_name, due_date, plan, accepted_at, evidence, implemented_at,
                    updated_at)
                values ('TRANSFORMER_AREA', 'TEST-FORM-AREA', '表单台区', 'VEGETATION', 1, ?, 'IMPLEMENTED', now(), 3, ?,
                    '值长', current_date, '清理', now(), '已清理', now(), now()) returning id""")
                .param(bureauPath()).param(owner).query(Long.class).single();
        PageClient page = PageClient.loggedIn(port, "supervisor");
        assertThat(page.get("/improvement/" + id).body()).contains("须由责任人以外的人员验证").doesNotContain("id=\"verify-form\"");
        String refused = page.htmxForm("/improvement/" + id + "/verify", Map.of("pass", "true")).body();
        assertThat(refused).contains("alert-danger").contains("id=\"improvement-action\"");
        PageClient coordinator = PageClient.loggedIn(port, "coordinator");
        coordinator.get("/improvement/" + id);
        String verified = coordinator.htmxForm("/improvement/" + id + "/verify", Map.of("pass", "true", "note", "核实")).body();
        assertThat(verified).contains("已验证").doesNotContain("alert-danger");
    }
}
