package com.griddesk.analytics.internal;

import java.time.Duration;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the projection and the rollups of the orders analytics has not seen: once, after the
 * demo world or an upgrade wrote orders without their events (the demo's finished history goes in
 * by COPY). It reads the source tables of the orders and their clocks read-only, set-wise, one id
 * range per transaction; the live path never reads them. Orders already known are skipped
 * ({@code on conflict do nothing … returning} feeds only the new ones into the cells), so it can run
 * again, or on two instances at once, without counting anything twice.
 */
@Component
public class RollupBackfill {

    private static final Logger log = LoggerFactory.getLogger(RollupBackfill.class);
    static final long CHUNK = 200_000;

    private static final String OPEN = "('NEW', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED')";
    private static final String KEY = "day, unit_path, type_code, category_code, channel";
    private static final String CAUSE_KEY = "day, unit_path, type_code, channel, root_cause";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RollupBackfill(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** After everything else that starts with the application (the demo world among it). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void atStartup() {
        if (behind()) {
            run();
        }
    }

    /** Whether some order has no projection yet. */
    public boolean behind() {
        long orders = jdbc.sql("select count(*) from work_order").query(Long.class).single();
        long known = jdbc.sql("select count(*) from analytics_order").query(Long.class).single();
        return orders != known;
    }

    /** Backfills every order not yet known; returns how many were added. */
    public long run() {
        long started = System.nanoTime();
        Long max = jdbc.sql("select max(id) from work_order").query(Long.class).optional().orElse(null);
        if (max == null) {
            return 0;
        }
        long added = 0;
        for (long from = 0; from <= max; from += CHUNK) {
            long lo = from;
            Long n = transactions.execute(s -> chunk(lo, lo + CHUNK));
            added += n == null ? 0 : n;
        }
        if (added > 0) {
            // the planner must know the cells are there before the first report groups them
            jdbc.sql("analyze analytics_order, analytics_daily, analytics_monthly, analytics_cause_daily, "
                    + "analytics_cause_monthly, analytics_station_daily, analytics_station_monthly, analytics_station_trend, "
                    + "analytics_station_cause_daily, analytics_station_cause_monthly").update();
        }
        log.info("Analytics backfill: {} orders in {} s", added,
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
        return added;
    }

    private long chunk(long fromId, long toId) {
        return jdbc.sql(SQL).param(fromId).param(toId).param(fromId).param(toId).query(Long.class).single();
    }

    private static String sums() {
        return Measure.ALL.stream().map(m -> "sum(" + m.column() + ")").collect(Collectors.joining(", "));
    }

    private static String upsert(String table, String day) {
        return upsert(table, day, "unit_path", "category_code", "ins");
    }

    /** The station-grain cells: the facts' unit paths folded into their stations (st). */
    private static String stationUpsert(String table, String day, String category) {
        return upsert(table, day, "st.station_path", category, "ins join st using (unit_path)");
    }

    private static String upsert(String table, String day, String path, String category, String from) {
        String updates = Measure.ALL.stream().map(m -> m.column() + " = " + table + "." + m.column() + " + excluded." + m.column())
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + KEY + ", " + Measure.columns("", "") + ") select " + day
                + ", " + path + ", type_code, " + category + ", channel, " + sums() + " from " + from + " group by 1, 2, 3, 4, 5"
                + " on conflict (" + KEY + ") do update set " + updates;
    }

    private static String causes(String table, String day) {
        return causes(table, day, "unit_path", "ins");
    }

    private static String causes(String table, String day, String path, String from) {
        return "insert into " + table + " (" + CAUSE_KEY + ", resolved) select " + day
                + ", " + path + ", type_code, channel, root_cause, count(*) from " + from
                + " where resolved = 1 and root_cause <> ''"
                + " group by 1, 2, 3, 4, 5 on conflict (" + CAUSE_KEY + ") do update set resolved = " + table
                + ".resolved + excluded.resolved";
    }

    static final String SQL = """
            with k as (select order_id, bool_or(red_fired and clock <> 'CALLBACK') as late,
                           max(case when clock = 'DISPATCH' and state = 'STOPPED' then 1 else 0 end) as stopped_dispatch,
                           max(case when clock = 'DISPATCH' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_dispatch,
                           max(case when clock = 'ACCEPT' and state = 'STOPPED' then 1 else 0 end) as stopped_accept,
                           max(case when clock = 'ACCEPT' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_accept,
                           max(case when clock = 'CONTACT' and state = 'STOPPED' then 1 else 0 end) as stopped_contact,
                           max(case when clock = 'CONTACT' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_contact,
                           max(case when clock = 'ARRIVE' and state = 'STOPPED' then 1 else 0 end) as stopped_arrive,
                           max(case when clock = 'ARRIVE' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_arrive,
                           max(case when clock = 'RESTORE' and state = 'STOPPED' then 1 else 0 end) as stopped_restore,
                           max(case when clock = 'RESTORE' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_restore,
                           max(case when clock = 'REPLY' and state = 'STOPPED' then 1 else 0 end) as stopped_reply,
                           max(case when clock = 'REPLY' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_reply,
                           max(case when clock = 'CALLBACK' and state = 'STOPPED' then 1 else 0 end) as stopped_callback,
                           max(case when clock = 'CALLBACK' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_callback,
                           max(case when clock = 'SUPERVISION' and state = 'STOPPED' then 1 else 0 end) as stopped_supervision,
                           max(case when clock = 'SUPERVISION' and state = 'STOPPED' and stopped_at <= deadline then 1 else 0 end) as met_supervision
                       from order_clock where order_id >= ? and order_id < ? group by order_id),
            ins as (
                insert into analytics_order (""" + RollupStore.FACT_COLUMNS + """
            )
                select w.id, w.number, w.created_at, (w.created_at at time zone 'Asia/Shanghai')::date, w.unit_id,
                       w.unit_path, w.type_code, coalesce(w.category_code, ''), w.channel,
                       case when w.status in ('RESOLVED', 'CLOSED') then coalesce(w.root_cause, '') else '' end,
                       w.customer_id, w.status, coalesce(k.late, false),
                       1,
                       (w.status = 'CLOSED' and w.first_contact_resolution)::int,
                       (w.type_code = 'COMPLAINT')::int,
                       (w.type_code = 'COMPLAINT' and w.customer_id is not null and exists (
                           select 1 from work_order p where p.customer_id = w.customer_id and p.type_code = 'COMPLAINT'
                              and coalesce(p.category_code, '') = coalesce(w.category_code, '')
                              and p.created_at >= w.created_at - interval '30 days' and p.created_at < w.created_at))::int,
                       (w.reminder_count > 0)::int,
                       (w.return_count > 0)::int,
                       (w.status in ('RESOLVED', 'CLOSED') and w.resolved_at is not null)::int,
                       case when w.status in ('RESOLVED', 'CLOSED') and w.resolved_at is not null
                            then greatest(0, extract(epoch from w.resolved_at - w.created_at))::int else 0 end,
                       (w.status = 'CLOSED' and w.callback_satisfaction is not null)::int,
                       (w.status = 'CLOSED' and coalesce(w.callback_satisfaction in ('SATISFIED', 'VERY_SATISFIED'), false))::int,
                       (w.status in """ + OPEN + """
            )::int,
                       (w.status in """ + OPEN + """
             and coalesce(k.late, false))::int,
                       coalesce(k.stopped_dispatch, 0), coalesce(k.met_dispatch, 0),
                       coalesce(k.stopped_accept, 0), coalesce(k.met_accept, 0),
                       coalesce(k.stopped_contact, 0), coalesce(k.met_contact, 0),
                       coalesce(k.stopped_arrive, 0), coalesce(k.met_arrive, 0),
                       coalesce(k.stopped_restore, 0), coalesce(k.met_restore, 0),
                       coalesce(k.stopped_reply, 0), coalesce(k.met_reply, 0),
                       coalesce(k.stopped_callback, 0), coalesce(k.met_callback, 0),
                       coalesce(k.stopped_supervision, 0), coalesce(k.met_supervision, 0)
                from work_order w left join k on k.order_id = w.id
                where w.id >= ? and w.id < ?
                on conflict (order_id) do nothing
                returning *),
            d as (""" + upsert("analytics_daily", "day") + """
            ),
            m as (""" + upsert("analytics_monthly", "date_trunc('month', day)::date") + """
            ),
            cd as (""" + causes("analytics_cause_daily", "day") + """
            ),
            cm as (""" + causes("analytics_cause_monthly", "date_trunc('month', day)::date") + """
            ),
            st as (select unit_path, analytics_station_path(unit_path) as station_path
                   from (select distinct unit_path from ins) p),
            sd as (""" + stationUpsert("analytics_station_daily", "day", "category_code") + """
            ),
            sm as (""" + stationUpsert("analytics_station_monthly", "date_trunc('month', day)::date", "category_code") + """
            ),
            stt as (""" + stationUpsert("analytics_station_trend", "day", "''") + """
            ),
            scd as (""" + causes("analytics_station_cause_daily", "day", "st.station_path", "ins join st using (unit_path)") + """
            ),
            scm as (""" + causes("analytics_station_cause_monthly", "date_trunc('month', day)::date", "st.station_path",
                    "ins join st using (unit_path)") + """
            )
            select count(*) from ins""";
}
