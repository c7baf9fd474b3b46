package com.griddesk.field;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The crew's list: the most urgent order first, and among equally urgent ones the nearest deadline (issue 8, item 1). */
class FieldOrderListTest extends ApiTestBase {

    static final String CREW = "bjcqs2repairc1";

    @Autowired
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    List<String> listed(List<String> ours) {
        return api.get(CREW, "/api/v1/field/orders").body().findValuesAsString("number").stream().filter(ours::contains)
                .toList();
    }

    @Test
    void urgency_comes_first_then_the_nearest_deadline() {
        OrderFlow flow = new OrderFlow(api, demo, jdbc);
        String earlier = flow.create("BJ-CQ-S2", 71, "FAULT_REPAIR.LOW_VOLTAGE", "插座没电");
        clock.travelTo(clock.instant().plus(Duration.ofMinutes(20)));
        String later = flow.create("BJ-CQ-S2", 72, "FAULT_REPAIR.LOW_VOLTAGE", "半边房子没电");
        flow.dispatch(earlier, "BJ-CQ-S2-REPAIR", CREW);
        flow.dispatch(later, "BJ-CQ-S2-REPAIR", CREW);
        List<String> ours = List.of(earlier, later);
        assertThat(listed(ours)).containsExactly(earlier, later);

        assertThat(api.post("agent", "/api/v1/work-orders/" + later + "/remind", Map.of("note", "客户再次来电催促"))
                .status()).isEqualTo(200);
        assertThat(listed(ours)).containsExactly(later, earlier);
    }
}
