package com.griddesk.outage;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.outage.internal.OutageWarningScanner;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feeder trips: 300 customers of its 12 transformer areas call within 10 minutes. The calls end
 * as one feeder-level outage with one crew and all 300 orders attached — also when they arrive
 * all at once over HTTP — and restoring it resolves every order and notifies every caller once.
 */
class OutageStormTest extends ApiTestBase {

    private static final int AREAS = 12;
    private static final int CALLS = 300;

    @Autowired
    TestClock clock;

    @Autowired
    OutageWarningScanner scanner;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void three_hundred_calls_in_ten_minutes_from_twelve_areas_make_one_feeder_outage_with_one_crew() {
        TestFeeder feeder = OutageTestWorld.feeder(jdbc, api, "BJ-CQ-S1", AREAS, CALLS / AREAS);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < CALLS; i++) {
            clock.travelTo(t0.plus(Duration.ofSeconds(2L * i)));
            Response r = api.post("agent", "/api/v1/work-orders", feeder.faultCall(i));
            assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        }
        String number = assertOneFeederOutageWithAllCalls(feeder);

        // restored within the 45 minutes the urban crew had to arrive: every arrival promise kept
        clock.travelTo(t0.plus(Duration.ofMinutes(40)));
        Response restored = api.post("dispatcher", "/api/v1/outages/" + number + "/restore",
                Map.of("note", "更换避雷器后试送成功", "rootCause", "SEVERE_WEATHER"));
        assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);
        assertThat(restored.body().get("ordersResolved").asInt()).isEqualTo(CALLS);
        assertThat(restored.body().get("callersNotified").asInt()).isEqualTo(CALLS);
        assertThat(restored.body().get("outage").get("state").asString()).isEqualTo("RESTORED");

        assertThat(count("select count(*) from work_order where number in (select order_number from outage_order o "
                + "join outage_event e on e.id = o.event_id where e.number = ?) and status = 'RESOLVED'", number))
                .isEqualTo(CALLS);
        assertThat(count("select count(*) from outage_notice n join outage_event e on e.id = n.event_id "
                + "where e.number = ? and n.purpose = 'RESTORATION'", number)).isEqualTo(CALLS);
        assertThat(count("select count(distinct recipient_phone) from outage_notice n join outage_event e on e.id = n.event_id "
                + "where e.number = ? and n.purpose = 'RESTORATION'", number)).isEqualTo(CALLS);
        // the callbacks are queued: each resolved order now runs its CALLBACK clock
        assertThat(count("select count(*) from order_clock c join outage_order o on o.order_id = c.order_id "
                + "join outage_event e on e.id = o.event_id where e.number = ? and c.clock = 'CALLBACK' and c.state = 'RUNNING'",
                number)).isEqualTo(CALLS);
        // restoring twice resolves and notifies nothing more
        Response again = api.post("dispatcher", "/api/v1/outages/" + number + "/restore", Map.of("note", "再次恢复"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("code")).isEqualTo("outage-illegal-transition");
    }

    @Test
    void the_same_storm_arriving_concurrently_still_makes_one_outage_and_loses_no_call() throws Exception {
        TestFeeder feeder = OutageTestWorld.feeder(jdbc, api, "BJ-CQ-S2", AREAS, CALLS / AREAS);
        api.token("agent");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                int call = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("agent", "/api/v1/work-orders", feeder.faultCall(call));
                }));
            }
            start.countDown();
            for (Future<Response> f : futures) {
                Response r = f.get();
                assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
            }
        }
        finally {
            pool.shutdownNow();
        }
        String number = assertOneFeederOutageWithAllCalls(feeder);

        // 300 customers are more than the warning threshold (200): raised once to the station and once to the hotline
        scanner.scan(Instant.now());
        scanner.scan(Instant.now().plusSeconds(60));
        assertThat(count("select count(*) from outage_warning where subject_number = ? and kind = 'MANY_CUSTOMERS'", number))
                .isEqualTo(2);
        Response view = api.get("dispatcher", "/api/v1/outages/" + number);
        assertThat(view.body().get("warnings")).extracting(w -> w.get("audience").asString())
                .containsExactlyInAnyOrder("STATION", "HOTLINE");
    }

    /** Returns the outage's number after checking there is exactly one, at feeder level, holding every call once. */
    private String assertOneFeederOutageWithAllCalls(TestFeeder feeder) {
        List<Map<String, Object>> events = jdbc.sql("select * from outage_event where feeder_code = ?")
                .param(feeder.code()).query().listOfRows();
        assertThat(events).hasSize(1);
        Map<String, Object> event = events.get(0);
        assertThat(event.get("kind")).isEqualTo("FAULT");
        assertThat(event.get("state")).isEqualTo("ACTIVE");
        assertThat(event.get("level")).isEqualTo("FEEDER");
        assertThat(event.get("crew_unit_id")).isNotNull();
        String number = (String) event.get("number");
        long id = (Long) event.get("id");

        assertThat(count("select count(*) from outage_order where event_id = ? and role = 'FAULT_CALL'", id)).isEqualTo(CALLS);
        assertThat(count("select count(distinct order_id) from outage_order where event_id = ?", id)).isEqualTo(CALLS);
        assertThat(count("select count(*) from work_order where account_number like ?", feeder.callers().get(0)
                .accountNumber().substring(0, 6) + "%")).isEqualTo(CALLS);
        assertThat(count("select count(*) from outage_scope where event_id = ?", id)).isEqualTo(AREAS);
        assertThat(count("select count(*) from outage_affected where event_id = ?", id)).isEqualTo(CALLS);
        // one crew: every attached order went to the event's crew team, none waits for a dispatcher
        assertThat(count("select count(distinct w.unit_id) from work_order w join outage_order o on o.order_id = w.id "
                + "where o.event_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from work_order w join outage_order o on o.order_id = w.id "
                + "where o.event_id = ? and w.unit_id = ? and w.status = 'DISPATCHED'", id, event.get("crew_unit_id")))
                .isEqualTo(CALLS);
        assertThat(count("select count(*) from outage_timeline where event_id = ? and action = 'CREW_DISPATCHED'", id))
                .isEqualTo(1);
        // the crew's orders are not waiting to be dispatched: their DISPATCH clocks stopped
        assertThat(count("select count(*) from order_clock c join outage_order o on o.order_id = c.order_id "
                + "where o.event_id = ? and c.clock = 'DISPATCH' and c.state = 'RUNNING'", id)).isZero();

        Response view = api.get("dispatcher", "/api/v1/outages/" + number);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body().get("figures").get("faultCalls").asInt()).isEqualTo(CALLS);
        assertThat(view.body().get("figures").get("customersAffected").asInt()).isEqualTo(CALLS);
        assertThat(view.body().get("areas")).hasSize(AREAS);
        return number;
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }
}
