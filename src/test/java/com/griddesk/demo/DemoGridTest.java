package com.griddesk.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo grid is built from the customers' own premises: every area a customer names hangs on the feeder it names. */
class DemoGridTest {

    @Test
    void every_premise_is_on_the_grid_with_its_own_feeder_and_station() {
        List<DemoOrganisation.Unit> units = DemoOrganisation.units();
        List<DemoCustomers.Premise> premises = DemoCustomers.premises(units, new Random(95598));
        DemoGrid.Rows rows = DemoGrid.rows(premises, units);

        Map<String, Object[]> areas = new HashMap<>();
        rows.areas().forEach(a -> areas.put((String) a[0], a));
        Map<String, Object[]> feeders = new HashMap<>();
        rows.feeders().forEach(f -> feeders.put((String) f[0], f));
        Set<Object> substations = new HashSet<>();
        rows.substations().forEach(s -> substations.add(s[0]));

        assertThat(areas).hasSize(premises.size());
        for (DemoCustomers.Premise p : premises) {
            Object[] area = areas.get(p.transformerArea());
            assertThat(area).as(p.transformerArea()).isNotNull();
            assertThat(area[2]).isEqualTo(p.feeder());
            assertThat(area[3]).isEqualTo(p.stationId());
            Object[] feeder = feeders.get(p.feeder());
            assertThat(feeder[1]).isEqualTo(p.feederName());
            assertThat(feeder[3]).isEqualTo(p.stationId());
            assertThat(substations).contains(feeder[2]);
        }
        // two substations per county, each feeding feeders of several stations
        assertThat(substations).hasSize(6);
    }
}
