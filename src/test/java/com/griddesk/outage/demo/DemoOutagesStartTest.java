package com.griddesk.outage.demo;

import java.util.Set;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.outage.GridTopology;
import com.griddesk.outage.OutageTestWorld;
import com.griddesk.support.ApiTestBase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up path of the outage demo step: what it picks on a grid, and that it never runs twice. */
class DemoOutagesStartTest extends ApiTestBase {

    @Autowired
    DemoOutages demoOutages;

    @Autowired
    OrgDirectory org;

    @Autowired
    GridTopology topology;

    long events() {
        return jdbc.sql("select count(*) from outage_event").query(Long.class).single();
    }

    @Test
    void the_plan_takes_three_feeders_of_the_demo_station_with_customers_and_a_disconnectable_customer() {
        OrgUnit station = org.unitByCode(DemoOutages.STATION).orElseThrow();
        // the tests' demo world has no grid: give the station feeders of its own first
        for (int i = 0; i < 4; i++) {
            OutageTestWorld.feeder(jdbc, api, DemoOutages.STATION, 1, 2);
        }
        DemoOutages.Plan plan = demoOutages.plan(station).orElseThrow();

        Set<String> feeders = Set.of(plan.plannedFeeder(), plan.restoredFeeder(), plan.activeFeeder());
        assertThat(feeders).hasSize(3);
        assertThat(feeders).allSatisfy(f -> assertThat(topology.feeder(f).orElseThrow().stationId()).isEqualTo(station.id()));
        String arrearsFeeder = jdbc.sql("select feeder from customer where account_number = ?").param(plan.arrearsAccount())
                .query(String.class).single();
        assertThat(topology.feeder(arrearsFeeder).orElseThrow().stationId()).isEqualTo(station.id());
    }

    @Test
    void where_any_outage_event_exists_the_start_up_step_adds_nothing() {
        OutageTestWorld.TestFeeder feeder = OutageTestWorld.feeder(jdbc, api, DemoOutages.STATION, 1, 1);
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(10));
        assertThat(api.post("dispatcher", "/api/v1/outages", java.util.Map.of("kind", "PLANNED", "feederCode", feeder.code(),
                "cause", "10kV线路检修", "plannedStart", start.toString(), "plannedEnd", start.plusSeconds(3600).toString()))
                .status()).isEqualTo(201);
        long before = events();
        demoOutages.ready();
        assertThat(events()).isEqualTo(before);
    }
}
