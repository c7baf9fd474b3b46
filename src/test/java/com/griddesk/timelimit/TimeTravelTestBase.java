package com.griddesk.timelimit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.DemoData;
import com.griddesk.support.TestClock;
import com.griddesk.timelimit.internal.WarningScanner;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Moves the application's clock; every test puts it back. */
abstract class TimeTravelTestBase extends ApiTestBase {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestClock clock;

    @Autowired
    WarningScanner scanner;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    void travelTo(String localDateTime) {
        clock.travelTo(at(localDateTime));
    }

    Response open(String station, int nth, String channel, String category, String description) {
        Map<String, Object> body = new HashMap<>(DemoData.faultCall(demo.customerOf(station, nth),
                String.format("1395%07d", Math.abs((station + nth + channel + category).hashCode()) % 10_000_000)));
        body.put("channel", channel);
        body.put("category", category);
        body.put("description", description);
        body.put("insist", true);
        Response r = api.post("agent", "/api/v1/work-orders", body);
        if (r.status() != 201) {
            throw new IllegalStateException(r.raw().body());
        }
        return r;
    }

    JsonNode clockOf(String number, String name) {
        for (JsonNode c : api.get("supervisor", "/api/v1/work-orders/" + number + "/clocks").body()) {
            if (c.get("clock").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no " + name + " clock on " + number);
    }

    Instant deadline(String number, String clock) {
        return Instant.parse(clockOf(number, clock).get("deadline").asString());
    }

    long warnings(String number, String clock, String level) {
        return jdbc.sql("select count(*) from time_warning where order_number = ? and clock = ? and level = ?")
                .param(number).param(clock).param(level).query(Long.class).single();
    }
}
