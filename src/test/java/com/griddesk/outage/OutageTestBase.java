package com.griddesk.outage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.griddesk.outage.OutageTestWorld.TestFeeder;
import com.griddesk.outage.internal.OutageWarningScanner;
import com.griddesk.support.ApiClient;
import com.griddesk.support.ApiClient.Response;
import com.griddesk.support.ApiTestBase;
import com.griddesk.support.TestClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The running application with a clock to move, station-level users and outage helpers. */
abstract class OutageTestBase extends ApiTestBase {

    @Autowired
    TestClock clock;

    @Autowired
    OutageWarningScanner scanner;

    @Autowired
    PasswordEncoder passwords;

    Instant t0;

    @BeforeEach
    void stationUsers() {
        t0 = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        clock.travelTo(t0);
        String hash = passwords.encode(ApiClient.DEMO_PASSWORD);
        for (String[] user : new String[][] { { "out_s1_dispatcher", "BJ-CQ-S1", "DISPATCHER" },
            { "out_s2_dispatcher", "BJ-CQ-S2", "DISPATCHER" }, { "out_s1_crew", "BJ-CQ-S1-REPAIR", "FIELD_CREW" } }) {
            jdbc.sql("""
                    insert into staff (username, password_hash, full_name, unit_id, roles)
                    select ?, ?, ?, id, ? from org_unit where code = ?
                    on conflict (username) do nothing""")
                    .param(user[0]).param(hash).param(user[0]).param(new String[] { user[2] }).param(user[1]).update();
        }
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    TestFeeder feeder(String station, int areas, int perArea) {
        return OutageTestWorld.feeder(jdbc, api, station, areas, perArea);
    }

    /** A fault call from the feeder's {@code i}th caller; 201 or 200 expected. */
    Response call(TestFeeder feeder, int i) {
        Response r = api.post("agent", "/api/v1/work-orders", feeder.faultCall(i));
        if (r.status() != 201 && r.status() != 200) {
            throw new IllegalStateException(r.raw().body());
        }
        return r;
    }

    /** Calls from the given callers of the feeder; returns the number of the outage they formed. */
    String outageOf(TestFeeder feeder, int... callers) {
        for (int i : callers) {
            call(feeder, i);
        }
        return (String) events(feeder).get(0).get("number");
    }

    Response planned(TestFeeder feeder, Instant start, Instant end, String lateReason) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PLANNED", "feederCode", feeder.code(), "cause", "10kV线路检修",
                "plannedStart", start.toString(), "plannedEnd", end.toString()));
        if (lateReason != null) {
            body.put("lateNoticeReason", lateReason);
        }
        return api.post("dispatcher", "/api/v1/outages", body);
    }

    /** The events on the feeder, oldest first. */
    List<Map<String, Object>> events(TestFeeder feeder) {
        return jdbc.sql("select * from outage_event where feeder_code = ? order by id").param(feeder.code()).query()
                .listOfRows();
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }
}
