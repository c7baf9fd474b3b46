-- Station-grain rollups. At ten million orders the team-grain cells hardly aggregate: uniform data
-- fills almost every team x category x channel of a day, so a bureau's month was ~275,000 daily
-- cells and a year ~290,000 monthly cells, read four times per report (1.7-10.6 s p95 measured).
-- Reports about a county, the bureau or the company read these instead: the same sums with the
-- unit folded into its supply station (units above any station keep their own path), twelve
-- stations instead of 61 teams. The trend (no category) and the root causes get their own
-- station-grain tables, read by station and wider reports. All are kept by the same before-commit
-- write as the team cells, in the same statement.

-- The path of the supply station a unit path lies in, or the path itself above any station.
create function analytics_station_path(p text) returns text language sql stable as $$
    select coalesce((select s.path from org_unit s where s.level = 'STATION' and p like s.path || '%'), p)
$$;

create table analytics_station_daily (like analytics_daily including defaults,
    primary key (day, unit_path, type_code, category_code, channel));
create table analytics_station_monthly (like analytics_station_daily including all);
-- category_code is always '' here
create table analytics_station_trend (like analytics_station_daily including all);
create table analytics_station_cause_daily (like analytics_cause_daily including all);
create table analytics_station_cause_monthly (like analytics_cause_daily including all);
-- a county's or a station's report reads only its subtree's cells
create index analytics_station_daily_scope on analytics_station_daily (unit_path text_pattern_ops, day);
create index analytics_station_monthly_scope on analytics_station_monthly (unit_path text_pattern_ops, day);
create index analytics_station_trend_scope on analytics_station_trend (unit_path text_pattern_ops, day);

-- Filled from the team cells an installation already has, in key order (a period's cells together).
create temporary table station_of on commit drop as
    select p as unit_path, analytics_station_path(p) as station_path
    from (select distinct unit_path as p from analytics_monthly) x;

insert into analytics_station_daily
select d.day, s.station_path, d.type_code, d.category_code, d.channel,
       sum(created), sum(first_contact), sum(complaints), sum(repeat_complaints), sum(reminded), sum(returned),
       sum(resolved), sum(handling_seconds), sum(rated), sum(satisfied), sum(open), sum(overdue),
       sum(stopped_dispatch), sum(met_dispatch), sum(stopped_accept), sum(met_accept), sum(stopped_contact),
       sum(met_contact), sum(stopped_arrive), sum(met_arrive), sum(stopped_restore), sum(met_restore),
       sum(stopped_reply), sum(met_reply), sum(stopped_callback), sum(met_callback), sum(stopped_supervision),
       sum(met_supervision)
from analytics_daily d join station_of s using (unit_path)
group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5;

insert into analytics_station_monthly
select date_trunc('month', day)::date, unit_path, type_code, category_code, channel,
       sum(created), sum(first_contact), sum(complaints), sum(repeat_complaints), sum(reminded), sum(returned),
       sum(resolved), sum(handling_seconds), sum(rated), sum(satisfied), sum(open), sum(overdue),
       sum(stopped_dispatch), sum(met_dispatch), sum(stopped_accept), sum(met_accept), sum(stopped_contact),
       sum(met_contact), sum(stopped_arrive), sum(met_arrive), sum(stopped_restore), sum(met_restore),
       sum(stopped_reply), sum(met_reply), sum(stopped_callback), sum(met_callback), sum(stopped_supervision),
       sum(met_supervision)
from analytics_station_daily
group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5;

insert into analytics_station_trend
select day, unit_path, type_code, '', channel,
       sum(created), sum(first_contact), sum(complaints), sum(repeat_complaints), sum(reminded), sum(returned),
       sum(resolved), sum(handling_seconds), sum(rated), sum(satisfied), sum(open), sum(overdue),
       sum(stopped_dispatch), sum(met_dispatch), sum(stopped_accept), sum(met_accept), sum(stopped_contact),
       sum(met_contact), sum(stopped_arrive), sum(met_arrive), sum(stopped_restore), sum(met_restore),
       sum(stopped_reply), sum(met_reply), sum(stopped_callback), sum(met_callback), sum(stopped_supervision),
       sum(met_supervision)
from analytics_station_daily
group by 1, 2, 3, 5 order by 1, 2, 3, 5;

insert into analytics_station_cause_daily
select c.day, s.station_path, c.type_code, c.channel, c.root_cause, sum(c.resolved)
from analytics_cause_daily c join station_of s using (unit_path)
group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5;

insert into analytics_station_cause_monthly
select date_trunc('month', day)::date, unit_path, type_code, channel, root_cause, sum(resolved)
from analytics_station_cause_daily
group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5;

analyze analytics_station_daily, analytics_station_monthly, analytics_station_trend, analytics_station_cause_daily,
    analytics_station_cause_monthly;
