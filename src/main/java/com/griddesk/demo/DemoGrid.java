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

    void write(List<DemoCustomers.Premise> premises, List<DemoOrganisation.Unit> units) {
        Map<Long, DemoOrganisation.Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        Map<String, String[]> substations = new LinkedHashMap<>();
        Map<String, Object[]> feeders = new LinkedHashMap<>();
        CopyWriter.Batch areas = copy.batch("grid_transformer_area", "code, name, feeder_code, station_id");
        for (DemoCustomers.Premise p : premises) {
            if (!feeders.containsKey(p.feeder())) {
                DemoOrganisation.Unit county = byId.get(byId.get(p.stationId()).parentId());
                int number = Integer.parseInt(p.feeder().substring(p.feeder().lastIndexOf('F') + 1));
                boolean high = number % 2 == 1;
                String code = county.code() + (high ? "-SA" : "-SB");
                String town = county.nameZh().substring(0, 2);
                substations.putIfAbsent(code, new String[] { code, (high ? "110kV" : "35kV") + town + (high ? "变" : "二变"),
                    high ? "110" : "35" });
                feeders.put(p.feeder(), new Object[] { p.feeder(), p.feederName(), code, p.stationId() });
            }
            areas.row(p.transformerArea(), p.transformerAreaName(), p.feeder(), p.stationId());
        }
        CopyWriter.Batch subs = copy.batch("grid_substation", "code, name, voltage_kv");
        substations.values().forEach(s -> subs.row((Object[]) s));
        subs.flush();
        CopyWriter.Batch lines = copy.batch("grid_feeder", "code, name, substation_code, station_id");
        feeders.values().forEach(lines::row);
        lines.flush();
        areas.flush();
    }
}
