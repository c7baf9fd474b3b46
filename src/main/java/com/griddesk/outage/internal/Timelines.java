package com.griddesk.outage.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.griddesk.outage.OutageTimelineEntry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The append-only timelines of outage events and disconnections (same shape, two tables). */
@Component
class Timelines {

    private static final Set<String> TABLES = Set.of("outage_timeline:event_id", "disconnection_timeline:disconnection_id");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Timelines(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(String table, String owner, long ownerId, OutageTimelineEntry e) {
        check(table, owner);
        jdbc.sql("insert into " + table + " (" + owner + ", at, actor_id, actor_name, action, note, details)"
                + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb))")
                .param(ownerId).param(Sql.ts(e.at())).param(e.actorId()).param(e.actorName()).param(e.action())
                .param(e.note()).param(e.details() == null || e.details().isEmpty() ? null : json.writeValueAsString(e.details()))
                .update();
    }

    List<OutageTimelineEntry> of(String table, String owner, long ownerId) {
        check(table, owner);
        return jdbc.sql("select at, actor_id, actor_name, action, note, details from " + table + " where " + owner
                + " = ? order by id").param(ownerId)
                .query((rs, i) -> new OutageTimelineEntry(Sql.instant(rs, "at"), rs.getLong("actor_id"),
                        rs.getString("actor_name"), rs.getString("action"), rs.getString("note"),
                        details(rs.getString("details"))))
                .list();
    }

    private static void check(String table, String owner) {
        if (!TABLES.contains(table + ":" + owner)) {
            throw new IllegalArgumentException("not a timeline: " + table);
        }
    }

    private Map<String, Object> details(String raw) {
        return raw == null ? Map.of() : json.readValue(raw, new TypeReference<Map<String, Object>>() { });
    }
}
