package com.griddesk.textmining;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.griddesk.support.ApiTestBase;
import com.griddesk.support.TestClock;
import com.griddesk.textmining.internal.RiskRefresher;
import com.griddesk.timelimit.internal.WarningScanner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A missed deadline is a reason of escalation risk once the time-limit module has warned about it. */
class OverdueRiskTest extends ApiTestBase {

    @Autowired
    TestClock clock;

    @Autowired
    WarningScanner scanner;

    @Autowired
    RiskRefresher refresher;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void a_breached_clock_becomes_an_overdue_reason() {
        Instant taken = LocalDateTime.parse("2027-05-10T10:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        clock.travelTo(taken);
        String number = api.post("agent", "/api/v1/work-orders", TextMiningFixtures.demand("PHONE",
                "我们这栋楼停电了，请派人来修", Map.of("accountNumber", demo.customerOf("BJ-CQ-S1", 61),
                        "category", "FAULT_REPAIR.LOW_VOLTAGE"))).text("number");
        assertThat(reasons(number)).doesNotContain("OVERDUE");

        Instant later = taken.plus(Duration.ofHours(3));
        clock.travelTo(later);
        scanner.scan(later);
        // the warnings marked the order; the refresher (scheduled every few seconds) assesses it once
        assertThat(refresher.refresh()).isGreaterThanOrEqualTo(1);
        assertThat(reasons(number)).contains("OVERDUE");
        assertThat(refresher.refresh()).isZero();
    }

    private List<String> reasons(String number) {
        JsonNode risk = api.get("supervisor", "/api/v1/textmining/orders/" + number).body().get("risk");
        List<String> codes = new ArrayList<>();
        risk.get("reasons").forEach(r -> codes.add(r.get("code").asString()));
        return codes;
    }
}
