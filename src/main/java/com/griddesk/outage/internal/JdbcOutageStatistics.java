package com.griddesk.outage.internal;

import java.time.Instant;
import java.util.List;

import com.griddesk.outage.OutageFigures;
import com.griddesk.outage.OutageKind;
import com.griddesk.outage.OutageStatistics.KindFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JdbcOutageStatistics {

    private final JdbcClient jdbc;

    JdbcOutageStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Outages that started in [from, to) below the scope path; open ones count up to {@code now}. */
    public List<KindFigures> byKind(String scopePath, Instant from, Instant to, Instant now) {
        return jdbc.sql("""
                with ev as (
                    select id, kind, started_at, coalesce(restored_at, ?) as ended, crew_unit_id, compliant
                    from outage_event
                    where unit_path like ? and state in ('ACTIVE', 'RESTORED') and started_at >= ? and started_at < ?),
                cut as (select event_id, count(*) as n from outage_affected where event_id in (select id from ev)
                        group by event_id),
                heard as (
                    select event_id, count(*) filter (where role = 'FAULT_CALL') as fault,
                           count(*) filter (where role = 'INFORMED') as questions,
                           count(*) filter (where role = 'INFORMED' and answered) as answered,
                           sum(reminders) as repeats
                    from outage_order where event_id in (select id from ev) group by event_id),
                still as (select event_id, count(*) as n from outage_still_out where event_id in (select id from ev)
                          group by event_id)
                select ev.kind, count(*) as events, count(ev.crew_unit_id) filter (where ev.kind = 'FAULT') as crews,
                       count(*) filter (where ev.compliant = false) as non_compliant,
                       coalesce(sum(cut.n), 0) as customers,
                       coalesce(sum(cut.n * floor(greatest(extract(epoch from ev.ended - ev.started_at), 0) / 60)), 0) as minutes,
                       coalesce(sum(heard.fault), 0) as fault, coalesce(sum(heard.questions), 0) as questions,
                       coalesce(sum(heard.answered), 0) as answered, coalesce(sum(heard.repeats), 0) as repeats,
                       coalesce(sum(still.n), 0) as still_out
                from ev left join cut on cut.event_id = ev.id left join heard on heard.event_id = ev.id
                left join still on still.event_id = ev.id
                group by ev.kind order by ev.kind""")
                .param(Sql.ts(now)).param(Sql.prefix(scopePath)).param(Sql.ts(from)).param(Sql.ts(to))
                .query((rs, i) -> {
                    long fault = rs.getLong("fault");
                    long questions = rs.getLong("questions");
                    long repeats = rs.getLong("repeats");
                    return new KindFigures(OutageKind.valueOf(rs.getString("kind")), rs.getLong("events"),
                            rs.getLong("crews"), rs.getLong("non_compliant"),
                            new OutageFigures(rs.getLong("customers"), rs.getLong("minutes"), fault + questions + repeats,
                                    fault, repeats, questions, rs.getLong("answered"), rs.getLong("still_out")));
                })
                .list();
    }
}
