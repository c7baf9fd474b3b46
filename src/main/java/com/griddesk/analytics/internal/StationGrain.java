package com.griddesk.analytics.internal;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;

import org.springframework.stereotype.Component;

/** Folds a unit path into its supply station's, as the station-grain rollups count it (SQL: analytics_station_path). */
@Component
class StationGrain {

    private final OrgDirectory org;

    StationGrain(OrgDirectory org) {
        this.org = org;
    }

    String stationPath(String unitPath) {
        return org.stationOf(ReportAssembler.lastId(unitPath)).map(OrgUnit::path).orElse(unitPath);
    }
}
