package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.PageClient;
import com.griddesk.timelimit.internal.WarningScanner;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One crew on site answers every caller of an outage: when it arrives, the ARRIVE clocks of all the
 * event's fault calls stop, so they do not go red and escalate one by one while it works.
 */
class OutageCrewArrivalTest extends OutageTestBase {

    @Autowired
    WarningScanner clocks;

    List<String> attached(String outage) {
        return jdbc.sql("""
                select o.order_number from outage_order o join outage_event e on e.id = o.event_id
                where e.number = ? and o.role = 'FAULT_CALL' order by o.order_number""").param(outage).query(String.class).list();
    }

    List<Instant> arriveStops(List<String> orders) {
        return jdbc.sql("select stopped_at from order_clock where clock = 'ARRIVE' and order_number = any(?) order by order_number")
                .param(orders.toArray(String[]::new)).query((rs, i) -> rs.getTimestamp(1).toInstant()).list();
    }

    long arriveClocks(List<String> orders, String state) {
        return jdbc.sql("select count(*) from order_clock where clock = 'ARRIVE' and state = ? and order_number = any(?)")
                .param(state).param(orders.toArray(String[]::new)).query(Long.class).single();
    }

    long redArriveWarnings(List<String> orders) {
        return jdbc.sql("""
                select count(*) from time_warning where clock = 'ARRIVE' and level in ('RED', 'ESCALATION')
                and order_number = any(?)""").param(orders.toArray(String[]::new)).query(Long.class).single();
    }

    @Test
    void twenty_attached_calls_stop_their_arrive_clocks_when_the_crew_arrives_and_none_goes_red() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 4, 6);
        String outage = outageOf(feeder, java.util.stream.IntStream.range(0, 20).toArray());
        List<String> orders = attached(outage);
        assertThat(orders).hasSize(20);
        assertThat(arriveClocks(orders, "RUNNING")).isEqualTo(20);

        clock.advance(Duration.ofMinutes(25));
        Instant arrival = clock.instant();
        Response arrived = api.post("out_s1_dispatcher", "/api/v1/outages/" + outage + "/crew-arrived", Map.of("note", "已到达10kV开关站"));
        assertThat(arrived.status()).as(arrived.raw().body()).isEqualTo(200);
        assertThat(Instant.parse(arrived.body().get("crew").get("arrivedAt").asString())).isEqualTo(arrival);
        assertThat(arriveClocks(orders, "STOPPED")).isEqualTo(20);
        assertThat(arriveStops(orders)).containsOnly(arrival);
        assertThat(api.post("out_s1_dispatcher", "/api/v1/outages/" + outage + "/crew-arrived", null).status()).isEqualTo(409);

        // a caller who rings after the crew arrived waits for nobody: the clock stops as the call joins
        clock.advance(Duration.ofMinutes(10));
        call(feeder, 20);
        List<String> withLate = attached(outage);
        assertThat(withLate).hasSize(21);
        List<String> late = withLate.stream().filter(n -> !orders.contains(n)).toList();
        assertThat(arriveStops(late)).containsExactly(clock.instant());

        clock.advance(Duration.ofDays(2));
        clocks.scan(clock.instant());
        assertThat(redArriveWarnings(withLate)).isZero();
        assertThat(api.get("supervisor", "/api/v1/work-orders/" + orders.get(0) + "/timeline").body()
                .findValuesAsString("action")).contains("ARRIVAL_STOPPED");
        assertThat(PageClient.loggedIn(port, "out_s1_dispatcher").get("/outages/" + outage).body())
                .contains("id=\"crew-arrived\"").doesNotContain("id=\"do-crew-arrived\"");
    }

    @Test
    void the_crew_checking_in_on_one_attached_call_is_the_events_arrival() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 4);
        String outage = outageOf(feeder, 0, 1, 2);
        List<String> orders = attached(outage);
        assertThat(orders).hasSize(3);
        assertThat(PageClient.loggedIn(port, "out_s1_dispatcher").get("/outages/" + outage).body())
                .contains("id=\"do-crew-arrived\"");

        clock.advance(Duration.ofMinutes(20));
        String first = orders.get(0);
        assertThat(api.post("out_s1_crew", "/api/v1/work-orders/" + first + "/accept", Map.of()).status()).isEqualTo(200);
        Instant checkIn = clock.instant();
        assertThat(api.post("out_s1_crew", "/api/v1/work-orders/" + first + "/check-in", Map.of("location", "台区配电房"))
                .status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> arriveClocks(orders, "STOPPED") == 3);
        assertThat(arriveStops(orders)).containsOnly(checkIn);
        assertThat(Instant.parse(api.get("out_s1_dispatcher", "/api/v1/outages/" + outage).body().get("crew")
                .get("arrivedAt").asString())).isEqualTo(checkIn);
    }
}
