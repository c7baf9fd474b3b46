package com.griddesk.outage.internal;

import java.io.Reader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.griddesk.customer.Customer;
import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.org.UnitLevel;
import com.griddesk.outage.GridTopology;
import com.griddesk.shared.Actor;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.DomainException.FieldError;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcGridTopology implements GridTopology {

    private static final String PLACE = """
            select a.code a_code, a.name a_name, a.station_id a_station, f.code f_code, f.name f_name,
                   f.station_id f_station, s.code s_code, s.name s_name, s.voltage_kv
            from grid_transformer_area a join grid_feeder f on f.code = a.feeder_code
            join grid_substation s on s.code = f.substation_code""";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Clock clock;

    JdbcGridTopology(JdbcClient jdbc, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public Optional<GridPlace> placeOf(Customer customer) {
        if (customer.transformerArea() == null) {
            return Optional.empty();
        }
        return jdbc.sql(PLACE + " where a.code = ?").param(customer.transformerArea())
                .query(JdbcGridTopology::place).optional();
    }

    @Override
    public Optional<Substation> substation(String code) {
        return jdbc.sql("select code, name, voltage_kv from grid_substation where code = ?").param(code)
                .query((rs, i) -> {
                    int kv = rs.getInt(3);
                    return new Substation(rs.getString(1), rs.getString(2), rs.wasNull() ? null : kv);
                }).optional();
    }

    @Override
    public Optional<TransformerArea> area(String code) {
        return jdbc.sql("select code, name, feeder_code, station_id from grid_transformer_area where code = ?")
                .param(code).query(JdbcGridTopology::area).optional();
    }

    @Override
    public Optional<Feeder> feeder(String code) {
        return jdbc.sql("select code, name, substation_code, station_id from grid_feeder where code = ?").param(code)
                .query(JdbcGridTopology::feeder).optional();
    }

    @Override
    public List<TransformerArea> areasOf(String feederCode) {
        return jdbc.sql("select code, name, feeder_code, station_id from grid_transformer_area where feeder_code = ? order by code")
                .param(feederCode).query(JdbcGridTopology::area).list();
    }

    @Override
    public List<Feeder> feedersOf(long stationId) {
        return jdbc.sql("select code, name, substation_code, station_id from grid_feeder where station_id = ? order by code")
                .param(stationId).query(JdbcGridTopology::feeder).list();
    }

    @Override
    public Summary summary() {
        return jdbc.sql("""
                select (select count(*) from grid_substation), (select count(*) from grid_feeder),
                       (select count(*) from grid_transformer_area)""")
                .query((rs, i) -> new Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    @Override
    @Transactional
    public ImportResult importCsv(Reader csv, Actor actor) {
        List<TopologyCsv.Row> rows = TopologyCsv.read(csv);
        Map<String, Long> stations = stations(rows);
        Map<String, String[]> substations = new LinkedHashMap<>();
        Map<String, Object[]> feeders = new LinkedHashMap<>();
        Map<String, Object[]> areas = new LinkedHashMap<>();
        List<FieldError> conflicts = new ArrayList<>();
        for (TopologyCsv.Row r : rows) {
            long station = stations.get(r.stationCode());
            substations.putIfAbsent(r.substationCode(), new String[] { r.substationCode(), r.substationName() });
            Object[] feeder = { r.feederCode(), r.feederName(), r.substationCode(), station };
            Object[] before = feeders.putIfAbsent(r.feederCode(), feeder);
            if (before != null && !before[2].equals(r.substationCode())) {
                conflicts.add(new FieldError("line " + r.line(), "outage.grid.feederTwice", r.feederCode()));
            }
            if (areas.putIfAbsent(r.areaCode(), new Object[] { r.areaCode(), r.areaName(), r.feederCode(), station }) != null) {
                conflicts.add(new FieldError("line " + r.line(), "outage.grid.areaTwice", r.areaCode()));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, conflicts);
        }
        substations.values().forEach(s -> jdbc.sql("""
                insert into grid_substation (code, name) values (?, ?)
                on conflict (code) do update set name = excluded.name""").params((Object[]) s).update());
        feeders.values().forEach(f -> jdbc.sql("""
                insert into grid_feeder (code, name, substation_code, station_id) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, substation_code = excluded.substation_code,
                    station_id = excluded.station_id""").params(f).update());
        areas.values().forEach(a -> jdbc.sql("""
                insert into grid_transformer_area (code, name, feeder_code, station_id) values (?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, feeder_code = excluded.feeder_code,
                    station_id = excluded.station_id""").params(a).update());
        jdbc.sql("insert into grid_import (imported_at, imported_by, substations, feeders, areas) values (?, ?, ?, ?, ?)")
                .param(Timestamp.from(clock.instant())).param(actor.staffId()).param(substations.size())
                .param(feeders.size()).param(areas.size()).update();
        return new ImportResult(substations.size(), feeders.size(), areas.size());
    }

    /** Station codes to ids; unknown codes or units that are no station are refused with their lines. */
    private Map<String, Long> stations(List<TopologyCsv.Row> rows) {
        Map<String, Long> ids = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (TopologyCsv.Row r : rows) {
            if (ids.containsKey(r.stationCode())) {
                continue;
            }
            Optional<OrgUnit> unit = org.unitByCode(r.stationCode()).filter(u -> u.level() == UnitLevel.STATION);
            if (unit.isEmpty()) {
                errors.add(new FieldError("line " + r.line(), "outage.grid.station", r.stationCode()));
            }
            else {
                ids.put(r.stationCode(), unit.get().id());
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ProblemCode.VALIDATION_FAILED, errors);
        }
        return ids;
    }

    private static GridPlace place(ResultSet rs, int row) throws SQLException {
        int kv = rs.getInt("voltage_kv");
        return new GridPlace(new Substation(rs.getString("s_code"), rs.getString("s_name"), rs.wasNull() ? null : kv),
                new Feeder(rs.getString("f_code"), rs.getString("f_name"), rs.getString("s_code"), rs.getLong("f_station")),
                new TransformerArea(rs.getString("a_code"), rs.getString("a_name"), rs.getString("f_code"),
                        rs.getLong("a_station")));
    }

    private static TransformerArea area(ResultSet rs, int row) throws SQLException {
        return new TransformerArea(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    }

    private static Feeder feeder(ResultSet rs, int row) throws SQLException {
        return new Feeder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4));
    }
}
