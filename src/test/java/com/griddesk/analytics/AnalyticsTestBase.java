package com.griddesk.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;
import com.griddesk.support.OrderFlow;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics tests build their orders on a day of their own, far from the demo history and from
 * each other, so that the day's numbers are exactly the orders the test made.
 */
abstract class AnalyticsTestBase extends ApiTestBase {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String STATION = "BJ-JN-S1";
    static final String TEAM = "BJ-JN-S1-REPAIR";
    static final String CREW = "bjjns1repairc1";

    @Autowired
    TestClock clock;

    OrderFlow flow;

    @BeforeEach
    void flow() {
        flow = new OrderFlow(api, demo, jdbc);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    LocalDate startOn(LocalDate day) {
        clock.travelTo(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)).atZone(ZONE).toInstant());
        return day;
    }

    Instant now() {
        return clock.instant();
    }

    JsonNode indicators(String user, String query) {
        Response r = api.get(user, "/api/v1/analytics/indicators?" + query);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.body();
    }

    static double value(JsonNode report, String indicator) {
        for (JsonNode v : report.get("indicators")) {
            if (v.get("indicator").asString().equals(indicator)) {
                return v.get("value").asDouble();
            }
        }
        throw new AssertionError("no " + indicator);
    }

    JsonNode drill(String user, String query) {
        Response r = api.get(user, "/api/v1/analytics/drilldown?" + query);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
        return r.body();
    }

    String complaint(int nth, String category) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(STATION, nth), OrderFlow.newPhone()));
        body.put("category", category);
        body.put("description", "投诉：营业员态度很差，不耐烦");
        body.put("insist", true);
        Response r = api.post("agent", "/api/v1/work-orders", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("number");
    }

    String consultationAnswered(int nth) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(STATION, nth), OrderFlow.newPhone()));
        body.put("category", "CONSULTATION.BILLING");
        body.put("description", "咨询阶梯电价怎么算");
        body.put("firstContactAnswer", "已告知阶梯电价标准及峰谷时段");
        Response r = api.post("agent", "/api/v1/work-orders", body);
        assertThat(r.status()).as(r.raw().body()).isEqualTo(201);
        return r.text("number");
    }

    void ok(Response r) {
        assertThat(r.status()).as(r.raw().body()).isBetween(200, 299);
    }
}
