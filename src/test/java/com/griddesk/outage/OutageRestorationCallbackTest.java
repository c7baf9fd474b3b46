package com.griddesk.outage;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.support.ApiClient.Response;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Restoring an outage resolves its calls, and each caller is then called back like after any repair (issue 5, item 4). */
class OutageRestorationCallbackTest extends OutageTestBase {

    @Test
    void the_calls_resolved_by_restoration_join_the_callback_queue() {
        TestFeeder feeder = feeder("BJ-CQ-S1", 1, 3);
        String outage = outageOf(feeder, 0, 1, 2);
        List<String> orders = jdbc.sql("""
                select o.order_number from outage_order o join outage_event e on e.id = o.event_id where e.number = ?""")
                .param(outage).query(String.class).list();
        assertThat(orders).hasSize(3);

        clock.advance(Duration.ofMinutes(40));
        Response restored = api.post("dispatcher", "/api/v1/outages/" + outage + "/restore",
                Map.of("note", "更换跌落式熔断器", "rootCause", "EQUIPMENT_AGEING"));
        assertThat(restored.status()).as(restored.raw().body()).isEqualTo(200);

        List<String> queue = api.get("callback", "/api/v1/callbacks").body().findValuesAsString("orderNumber");
        assertThat(queue).containsAll(orders);
        assertThat(jdbc.sql("select count(*) from callback_task where order_number = any(?) and status = 'OPEN'")
                .param(orders.toArray(String[]::new)).query(Long.class).single()).isEqualTo(3);
    }
}
