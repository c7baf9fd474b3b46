package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.outage.demo.DemoOutages;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.PageClient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outage module's demo step on a grid of its own (the tests' demo world has no grid): the
 * four cases the outage pages should show after {@code spring-boot:run}.
 */
class DemoOutagesTest extends OutageTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    DemoOutages demoOutages;

    JsonNode outage(String number) {
        Response r = api.get("supervisor", "/api/v1/outages/" + number);
        assertThat(r.status()).isEqualTo(200);
        return r.body();
    }

    static boolean present(JsonNode node, String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    List<String> calls(String number) {
        return jdbc.sql("""
                select o.order_number from outage_order o join outage_event e on e.id = o.event_id
                where e.number = ? and o.role = 'FAULT_CALL'""").param(number).query(String.class).list();
    }

    @Test
    void a_planned_outage_a_restored_and_an_active_fault_and_a_noticed_disconnection() {
        TestFeeder planned = feeder("BJ-CQ-S1", 3, 3);
        TestFeeder restored = feeder("BJ-CQ-S1", 2, 4);
        TestFeeder active = feeder("BJ-CQ-S1", 2, 3);
        TestFeeder arrears = feeder("BJ-CQ-S1", 1, 2);
        Instant now = clock.instant();

        DemoOutages.Made made = demoOutages.build(new DemoOutages.Plan(planned.code(), restored.code(), active.code(),
                arrears.callers().get(0).accountNumber()));

        JsonNode next = outage(made.planned());
        assertThat(next.get("kind").asString()).isEqualTo("PLANNED");
        assertThat(next.get("state").asString()).isEqualTo("ANNOUNCED");
        assertThat(next.get("compliant").asBoolean()).isTrue();
        Instant start = Instant.parse(next.get("plannedStart").asString());
        assertThat(start).isBetween(now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(9)));
        assertThat(jdbc.sql("""
                select count(*) from outage_notice n join outage_event e on e.id = n.event_id
                where e.number = ? and n.purpose = 'PLANNED_OUTAGE'""").param(made.planned()).query(Long.class).single())
                .isEqualTo(6);

        JsonNode yesterday = outage(made.restored());
        assertThat(yesterday.get("state").asString()).isEqualTo("RESTORED");
        assertThat(LocalDate.ofInstant(Instant.parse(yesterday.get("restoredAt").asString()), SHANGHAI))
                .isEqualTo(LocalDate.ofInstant(now, SHANGHAI).minusDays(1));
        assertThat(present(yesterday.get("crew"), "arrivedAt")).isTrue();
        List<String> yesterdaysCalls = calls(made.restored());
        assertThat(yesterdaysCalls).hasSize(6);
        assertThat(jdbc.sql("select count(*) from work_order where number = any(?) and status = 'RESOLVED'")
                .param(yesterdaysCalls.toArray(String[]::new)).query(Long.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from order_clock where clock = 'ARRIVE' and state = 'STOPPED' and order_number = any(?)")
                .param(yesterdaysCalls.toArray(String[]::new)).query(Long.class).single()).isEqualTo(6);

        JsonNode going = outage(made.active());
        assertThat(going.get("kind").asString()).isEqualTo("FAULT");
        assertThat(going.get("state").asString()).isEqualTo("ACTIVE");
        assertThat(present(going.get("crew"), "assigneeName")).isTrue();
        assertThat(present(going.get("crew"), "arrivedAt")).isFalse();
        assertThat(Instant.parse(going.get("ert").asString())).isAfter(now);
        assertThat(calls(made.active())).hasSize(4);

        JsonNode disconnection = api.get("supervisor", "/api/v1/disconnections/" + made.disconnection()).body();
        assertThat(disconnection.toString()).contains("APPROVED");
        Instant plannedAt = jdbc.sql("select planned_at from disconnection where number = ?").param(made.disconnection())
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).single();
        Instant delivered = jdbc.sql("""
                select n.delivered_at from outage_notice n join disconnection d on d.id = n.disconnection_id
                where d.number = ? and n.purpose = 'DISCONNECTION_NOTICE' and n.state = 'DELIVERED'""")
                .param(made.disconnection()).query((rs, i) -> rs.getTimestamp(1).toInstant()).single();
        assertThat(Duration.between(delivered, plannedAt)).isBetween(Duration.ofDays(3), Duration.ofDays(7));

        String board = PageClient.loggedIn(port, "supervisor").get("/outages").body();
        assertThat(board).contains(made.planned()).contains(made.active());
    }
}
