package com.griddesk.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives every demo customer a premise position (for the field app's navigation and check-in
 * distance): scattered within a few kilometres of their station, each county in its own area
 * around a fictional 滨江 (WGS-84, near 30.2° N, 120.2° E). Deterministic: derived from the ids.
 */
@Component
class DemoPremises {

    static final double[][] COUNTY_CENTRES = { { 30.2084, 120.2119 }, { 30.0520, 120.0860 }, { 30.3710, 119.7420 } };

    private final JdbcClient jdbc;

    DemoPremises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void locate(List<DemoOrganisation.Unit> units) {
        int county = -1;
        int station = 0;
        for (DemoOrganisation.Unit u : units) {
            if (u.level().equals("COUNTY")) {
                county++;
                station = 0;
            }
            else if (u.level().equals("STATION")) {
                double lat = COUNTY_CENTRES[county][0] + 0.04 * (station / 2) - 0.02;
                double lng = COUNTY_CENTRES[county][1] + 0.05 * (station % 2) - 0.025;
                station++;
                // ±~1.5 km around the station, spread by the customer id
                jdbc.sql("""
                        insert into field_premise_location (customer_id, latitude, longitude, source, updated_at)
                        select id, ? + ((id * 7919) % 1000 - 500) * 0.000028, ? + ((id * 104729) % 1000 - 500) * 0.000032,
                               'DEMO', now()
                        from customer where station_id = ?
                        on conflict (customer_id) do nothing""")
                        .param(lat).param(lng).param(u.id()).update();
            }
        }
    }
}
