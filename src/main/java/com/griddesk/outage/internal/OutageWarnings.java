package com.griddesk.outage.internal;

import java.time.Instant;
import java.util.List;

import com.griddesk.org.OrgDirectory;
import com.griddesk.org.OrgUnit;
import com.griddesk.outage.OutageWarningRaised;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** R14 warnings, each raised once to the station and once to the hotline (a unique key says so). */
@Repository
public class OutageWarnings {

    public record Warning(long id, String subject, String subjectNumber, String kind, String audience, long unitId,
            Instant firedAt, Instant readAt) {
    }

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final ApplicationEventPublisher events;

    OutageWarnings(JdbcClient jdbc, OrgDirectory org, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.org = org;
        this.events = events;
    }

    /** Raises the warning to both audiences; returns how many were new (0 when raised before). */
    public int raise(String subject, long subjectId, String number, String kind, long stationId, Instant now) {
        int fired = 0;
        OrgUnit station = org.unit(stationId);
        OrgUnit hotline = org.defaultIntakeUnit();
        for (Object[] audience : new Object[][] { { "STATION", station }, { "HOTLINE", hotline } }) {
            OrgUnit unit = (OrgUnit) audience[1];
            int inserted = jdbc.sql("""
                    insert into outage_warning (subject, subject_id, subject_number, kind, audience, unit_id, unit_path, fired_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .param(subject).param(subjectId).param(number).param(kind).param(audience[0]).param(unit.id())
                    .param(unit.path()).param(Sql.ts(now)).update();
            if (inserted == 1) {
                fired++;
                events.publishEvent(new OutageWarningRaised(subject, number, kind, (String) audience[0], unit.id(), now));
            }
        }
        return fired;
    }

    public List<Warning> of(String subject, long subjectId) {
        return jdbc.sql("select " + COLUMNS + " from outage_warning where subject = ? and subject_id = ? order by id")
                .param(subject).param(subjectId).query(OutageWarnings::warning).list();
    }

    /** The warnings addressed to the unit path or below it, newest first. */
    public List<Warning> forScope(String scopePath, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outage_warning where unit_path like ? order by fired_at desc, id desc limit ?")
                .param(Sql.prefix(scopePath)).param(limit).query(OutageWarnings::warning).list();
    }

    private static final String COLUMNS = "id, subject, subject_number, kind, audience, unit_id, fired_at, read_at";

    static Warning warning(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Warning(rs.getLong("id"), rs.getString("subject"), rs.getString("subject_number"),
                rs.getString("kind"), rs.getString("audience"), rs.getLong("unit_id"), Sql.instant(rs, "fired_at"),
                Sql.instant(rs, "read_at"));
    }
}
