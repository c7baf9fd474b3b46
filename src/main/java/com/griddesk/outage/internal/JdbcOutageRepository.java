package com.griddesk.outage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.griddesk.outage.OutageEvent;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageLevel;
import com.griddesk.outage.OutageSnapshot;
import com.griddesk.outage.OutageState;
import com.griddesk.outage.OutageTimelineEntry;
import com.griddesk.shared.DomainException;
import com.griddesk.shared.ProblemCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of outage events: the row, its scope (areas) and its timeline, written together. */
@Repository
public class JdbcOutageRepository {

    static final String COLUMNS = """
            id, number, kind, state, level, suspected, station_id, unit_path, substation_code, feeder_code, area_code,
            customer_id, cause, planned_start, planned_end, ert, announced_at, compliant, late_notice_reason, started_at,
            restored_at, cancelled_at, end_note, responsibility, crew_unit_id, crew_assignee_id, crew_dispatched_at,
            crew_arrived_at, first_call_at, last_call_at, split_from, created_by, created_at, updated_at, version""";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    private final JdbcClient jdbc;
    private final Timelines timelines;

    JdbcOutageRepository(JdbcClient jdbc, Timelines timelines) {
        this.jdbc = jdbc;
        this.timelines = timelines;
    }

    /** 停电 numbers read TD + date + sequence, e.g. TD20260715000012. */
    public String nextNumber(Instant at) {
        long n = jdbc.sql("select nextval('outage_number_seq')").query(Long.class).single();
        return "TD" + DAY.format(at) + String.format("%06d", n);
    }

    public void save(OutageEvent event) {
        OutageSnapshot s = event.snapshot();
        long id;
        int version;
        if (s.id() == null) {
            id = jdbc.sql("insert into outage_event (" + COLUMNS.replace("id, number", "number") + ") values ("
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
                    + " returning id").params(values(s)).query(Long.class).single();
            version = 0;
        }
        else {
            List<Object> params = values(s);
            params.add(s.id());
            params.add(s.version());
            int updated = jdbc.sql("""
                    update outage_event set number = ?, kind = ?, state = ?, level = ?, suspected = ?, station_id = ?,
                        unit_path = ?, substation_code = ?, feeder_code = ?, area_code = ?, customer_id = ?, cause = ?,
                        planned_start = ?, planned_end = ?, ert = ?, announced_at = ?, compliant = ?,
                        late_notice_reason = ?, started_at = ?, restored_at = ?, cancelled_at = ?, end_note = ?,
                        responsibility = ?, crew_unit_id = ?, crew_assignee_id = ?, crew_dispatched_at = ?,
                        crew_arrived_at = ?, first_call_at = ?, last_call_at = ?, split_from = ?, created_by = ?, created_at = ?,
                        updated_at = ?, version = version + 1
                    where id = ? and version = ?""").params(params).update();
            if (updated == 0) {
                throw new DomainException(ProblemCode.VERSION_CONFLICT, s.number());
            }
            id = s.id();
            version = s.version() + 1;
        }
        if (event.scopeChanged()) {
            jdbc.sql("delete from outage_scope where event_id = ? and not (area_code = any(?))")
                    .param(id).param(event.scope().toArray(String[]::new)).update();
            jdbc.sql("insert into outage_scope (event_id, area_code) select ?, unnest(?::text[]) on conflict do nothing")
                    .param(id).param(event.scope().toArray(String[]::new)).update();
        }
        for (OutageTimelineEntry e : event.newTimelineEntries()) {
            timelines.append("outage_timeline", "event_id", id, e);
        }
        event.saved(id, version);
    }

    private static List<Object> values(OutageSnapshot s) {
        List<Object> v = new ArrayList<>(36);
        v.add(s.number());
        v.add(s.kind().name());
        v.add(s.state().name());
        v.add(s.level().name());
        v.add(s.suspected());
        v.add(s.stationId());
        v.add(s.unitPath());
        v.add(s.substationCode());
        v.add(s.feederCode());
        v.add(s.areaCode());
        v.add(s.customerId());
        v.add(s.cause());
        v.add(Sql.ts(s.plannedStart()));
        v.add(Sql.ts(s.plannedEnd()));
        v.add(Sql.ts(s.ert()));
        v.add(Sql.ts(s.announcedAt()));
        v.add(s.compliant());
        v.add(s.lateNoticeReason());
        v.add(Sql.ts(s.startedAt()));
        v.add(Sql.ts(s.restoredAt()));
        v.add(Sql.ts(s.cancelledAt()));
        v.add(s.endNote());
        v.add(s.responsibility());
        v.add(s.crewUnitId());
        v.add(s.crewAssigneeId());
        v.add(Sql.ts(s.crewDispatchedAt()));
        v.add(Sql.ts(s.crewArrivedAt()));
        v.add(Sql.ts(s.firstCallAt()));
        v.add(Sql.ts(s.lastCallAt()));
        v.add(s.splitFrom());
        v.add(s.createdBy());
        v.add(Sql.ts(s.createdAt()));
        v.add(Sql.ts(s.updatedAt()));
        return v;
    }

    public Optional<OutageEvent> find(String number) {
        return load("select " + COLUMNS + " from outage_event where number = ?", number);
    }

    public Optional<OutageEvent> findForUpdate(String number) {
        return load("select " + COLUMNS + " from outage_event where number = ? for update", number);
    }

    public Optional<OutageEvent> findById(long id) {
        return load("select " + COLUMNS + " from outage_event where id = ?", id);
    }

    /** Active events that cut this premise off: their scope holds the area, or it is the customer's disconnection. */
    public List<OutageEvent> activeCovering(String areaCode, Long customerId) {
        return covering("e.state = 'ACTIVE'", areaCode, customerId, null);
    }

    /**
     * The same, locked in share mode: calls join in parallel, while a restoration or a split (which
     * lock exclusively) waits for them. An event restored meanwhile drops out (PostgreSQL checks
     * the condition again once the lock is granted).
     */
    public List<OutageEvent> activeCoveringForShare(String areaCode, Long customerId) {
        return covering("e.state = 'ACTIVE'", areaCode, customerId, null, " for share");
    }

    /** What an agent must know of a premise: announced and active events, and those restored since {@code since}. */
    public List<OutageEvent> relevantTo(String areaCode, Long customerId, Instant since) {
        return covering("(e.state in ('ANNOUNCED', 'ACTIVE') or (e.state = 'RESTORED' and e.restored_at >= ?))",
                areaCode, customerId, since);
    }

    private List<OutageEvent> covering(String condition, String areaCode, Long customerId, Instant since) {
        return covering(condition, areaCode, customerId, since, "");
    }

    private List<OutageEvent> covering(String condition, String areaCode, Long customerId, Instant since, String lock) {
        String sql = "select " + COLUMNS + " from outage_event e where " + condition
                + " and (e.id in (select event_id from outage_scope where area_code = ?)"
                + " or (e.kind = 'ARREARS' and e.customer_id = ?)) order by e.started_at nulls last, e.id" + lock;
        var spec = jdbc.sql(sql);
        if (since != null) {
            spec = spec.param(Sql.ts(since));
        }
        return spec.param(areaCode).param(customerId).query(JdbcOutageRepository::snapshot).list().stream()
                .map(s -> new OutageEvent(s, scopeOf(s.id()))).toList();
    }

    /** The unconfirmed fault group on the feeder that heard a call since {@code since}, locked. */
    public Optional<OutageEvent> suspectOnFeederForUpdate(String feederCode, Instant since) {
        return load("select " + COLUMNS + " from outage_event e where state = 'ACTIVE' and suspected and kind = 'FAULT'"
                + " and feeder_code = ? and (last_call_at >= ? or exists (select 1 from outage_order o"
                + " where o.event_id = e.id and o.attached_at >= ?)) order by id limit 1 for update", feederCode,
                Sql.ts(since), Sql.ts(since));
    }

    /** Events restored since {@code since} that covered the premise: a fault call now means "still out". */
    public Optional<OutageEvent> restoredCovering(String areaCode, Long customerId, Instant since) {
        return covering("e.state = 'RESTORED' and e.restored_at >= ?", areaCode, customerId, since).stream()
                .reduce((a, b) -> b);
    }

    public List<OutageTimelineEntry> timeline(long eventId) {
        return timelines.of("outage_timeline", "event_id", eventId);
    }

    /** Events within the data scope path or sent to one of the crews, open ones first, newest first. */
    public List<OutageSnapshot> list(String scopePath, List<Long> crewUnits, Set<OutageState> states, int limit) {
        String[] wanted = states.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("select " + COLUMNS + " from outage_event where (unit_path like ? or crew_unit_id = any(?))"
                + " and state = any(?)"
                + " order by case state when 'ACTIVE' then 0 when 'ANNOUNCED' then 1 else 2 end, created_at desc, id desc"
                + " limit ?").param(Sql.prefix(scopePath)).param(crewUnits.toArray(Long[]::new)).param(wanted).param(limit)
                .query(JdbcOutageRepository::snapshot).list();
    }

    /** Open events of every station, for the warning scanner; locked, and skipping those another instance holds. */
    public List<OutageEvent> openForUpdateSkipLocked(int limit) {
        return jdbc.sql("select " + COLUMNS + " from outage_event where state in ('ANNOUNCED', 'ACTIVE') order by id limit ? for update skip locked")
                .param(limit).query(JdbcOutageRepository::snapshot).list().stream()
                .map(s -> new OutageEvent(s, scopeOf(s.id()))).toList();
    }

    public Set<String> scopeOf(long eventId) {
        return new HashSet<>(jdbc.sql("select area_code from outage_scope where event_id = ?").param(eventId)
                .query(String.class).list());
    }

    private Optional<OutageEvent> load(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(JdbcOutageRepository::snapshot).optional().map(s -> new OutageEvent(s, scopeOf(s.id())));
    }

    static OutageSnapshot snapshot(ResultSet rs, int row) throws SQLException {
        Boolean compliant = rs.getBoolean("compliant");
        if (rs.wasNull()) {
            compliant = null;
        }
        return new OutageSnapshot(rs.getLong("id"), rs.getString("number"), OutageKind.valueOf(rs.getString("kind")),
                OutageState.valueOf(rs.getString("state")), OutageLevel.valueOf(rs.getString("level")),
                rs.getBoolean("suspected"), rs.getLong("station_id"), rs.getString("unit_path"),
                rs.getString("substation_code"), rs.getString("feeder_code"), rs.getString("area_code"),
                Sql.nullableLong(rs, "customer_id"), rs.getString("cause"), Sql.instant(rs, "planned_start"),
                Sql.instant(rs, "planned_end"), Sql.instant(rs, "ert"), Sql.instant(rs, "announced_at"), compliant,
                rs.getString("late_notice_reason"), Sql.instant(rs, "started_at"), Sql.instant(rs, "restored_at"),
                Sql.instant(rs, "cancelled_at"), rs.getString("end_note"), rs.getString("responsibility"),
                Sql.nullableLong(rs, "crew_unit_id"), Sql.nullableLong(rs, "crew_assignee_id"),
                Sql.instant(rs, "crew_dispatched_at"), Sql.instant(rs, "crew_arrived_at"), Sql.instant(rs, "first_call_at"), Sql.instant(rs, "last_call_at"),
                rs.getString("split_from"), rs.getLong("created_by"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getInt("version"));
    }
}
