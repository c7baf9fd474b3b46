package com.griddesk.outage;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.shared.Actor;

/** The grid as data: substations, their feeders and the transformer areas on each feeder. */
public interface GridTopology {

    record Substation(String code, String name, Integer voltageKv) {
    }

    record Feeder(String code, String name, String substationCode, long stationId) {
    }

    record TransformerArea(String code, String name, String feederCode, long stationId) {
    }

    /** Where a premise hangs: area → feeder → substation. */
    record GridPlace(Substation substation, Feeder feeder, TransformerArea area) {
    }

    record ImportResult(int substations, int feeders, int areas) {
    }

    record Summary(long substations, long feeders, long areas) {
    }

    /** The place of the customer's premise, if its transformer area is in the topology. */
    Optional<GridPlace> placeOf(Customer customer);

    Optional<Substation> substation(String code);

    Optional<TransformerArea> area(String code);

    Optional<Feeder> feeder(String code);

    List<TransformerArea> areasOf(String feederCode);

    List<Feeder> feedersOf(long stationId);

    Summary summary();

    /**
     * Adds or updates substations, feeders and areas from CSV (header
     * {@code substation_code,substation_name,feeder_code,feeder_name,area_code,area_name,station_code}),
     * all lines or none: a bad line is a validation problem naming the line.
     */
    ImportResult importCsv(Reader csv, Actor actor);
}
