package com.griddesk.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The grid of the demo world, built from the same premises the customers hang on: each county has
 * a 110 kV and a 35 kV substation, a station's feeders alternate between them, and every
 * transformer area sits on the feeder its customers name. No random numbers are drawn, so adding
 * the grid leaves the rest of the world as it was.
 */
@Component
class DemoGrid {

    private final CopyWriter copy;

    DemoGrid(CopyWriter copy) {
        this.copy = copy;
    }

    /** The rows of the three grid tables, in the order of their columns. */
    record Rows(List<Object[]> substations, List<Object[]> feeders, List<Object[]> areas) {
    }

    void write(List<DemoCustomers.Premise> premises, List<DemoOrganisation.Unit> units) {
        Rows rows = rows(premises, units);
        write("grid_substation", "code, name, voltage_kv", rows.substations());
        write("grid_feeder", "code, name, substation_code, station_id", rows.feeders());
        write("grid_transformer_area", "code, name, feeder_code, station_id", rows.areas());
    }

    private void write(String table, String columns, List<Object[]> rows) {
        CopyWriter.Batch batch = copy.batch(table, columns);
        rows.forEach(batch::row);
        batch.flush();
    }

    static Rows rows(List<DemoCustomers.Premise> premises, List<DemoOrganisation.Unit> units) {
        Map<Long, DemoOrganisation.Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<String, Object[]> substations = new LinkedHashMap<>();
        Map<String, Object[]> feeders = new LinkedHashMap<>();
        List<Object[]> areas = new java.util.ArrayList<>();
        for (DemoCustomers.Premise p : premises) {
            if (!feeders.containsKey(p.feeder())) {
                DemoOrganisation.Unit county = byId.get(byId.get(p.stationId()).parentId());
                int number = Integer.parseInt(p.feeder().substring(p.feeder().lastIndexOf('F') + 1));
                boolean high = number % 2 == 1;
                String code = county.code() + (high ? "-SA" : "-SB");
                String town = county.nameZh().substring(0, 2);
                substations.putIfAbsent(code, new Object[] { code, (high ? "110kV" : "35kV") + town + (high ? "变" : "二变"),
                    high ? 110 : 35 });
                feeders.put(p.feeder(), new Object[] { p.feeder(), p.feederName(), code, p.stationId() });
            }
            areas.add(new Object[] { p.transformerArea(), p.transformerAreaName(), p.feeder(), p.stationId() });
        }
        return new Rows(List.copyOf(substations.values()), List.copyOf(feeders.values()), areas);
    }
}
