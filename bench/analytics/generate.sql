-- 10 million work orders (psql variable :orders, :batch per statement) over the two years before
-- :'until', on top of a GridDesk schema with the small demo world (its org units, customers,
-- taxonomy and root causes). Each order gets a DISPATCH and a REPLY clock as the time-limit module
-- would have written them. Orders are spread over the stations and teams, the leaf categories,
-- the channels (95598 phone most), and finish as they do in the demo: most closed, some open.
\set ON_ERROR_STOP on
create temporary table g_unit as
    select row_number() over (order by id) - 1 as i, id, path from org_unit where level in ('STATION', 'TEAM');
create temporary table g_category as
    select row_number() over (order by code) - 1 as i, code, top_level from taxonomy where leaf and parent is not null;
create temporary table g_cause as
    select row_number() over (order by code) - 1 as i, code from root_cause where active;
create temporary table g_channel (i int, channel text);
insert into g_channel values (0, 'PHONE'), (1, 'PHONE'), (2, 'PHONE'), (3, 'PHONE'), (4, 'PHONE'), (5, 'APP'),
    (6, 'WECHAT'), (7, 'HALL'), (8, 'GOV_HOTLINE'), (9, 'WEB'), (10, 'REGULATOR'), (11, 'MEDIA');
select count(*) as units from g_unit \gset
select count(*) as categories from g_category \gset
select count(*) as causes from g_cause \gset
select min(id) as min_customer, max(id) as max_customer from customer \gset
select coalesce(max(id), 0) as first_id from work_order \gset

-- the work-order indexes the benchmark never uses are dropped while loading (the backfill uses the
-- primary key and the customer index of repeat complaints)
drop index if exists work_order_scope_status, work_order_created, work_order_contact_phone,
    work_order_status_created, work_order_assignee, work_order_coordinator, work_order_closed_at,
    work_order_case_family;
-- and so are the clock indexes of the scheduler (the backfill reads clocks by order id)
drop index if exists order_clock_one_per_kind, order_clock_due, order_clock_running_scope, order_clock_number,
    order_clock_family;

\echo generating :orders orders in batches of :batch
select format('insert into work_order (id, number, channel, type_code, category_code, status, customer_id, contact_name,
    contact_phone, address, description, unit_id, unit_path, reminder_count, return_count, first_contact_resolution,
    root_cause, responsibility, callback_satisfaction, created_at, updated_at, resolved_at, closed_at)
select o.id, ''B'' || o.id, ch.channel, c.top_level, c.code, s.status,
       %1$s + (hashint8(o.id * 7) & 2147483647) %% (%2$s - %1$s + 1), ''客户'', ''13800000000'', ''地址'', ''说明'',
       u.id, u.path, case when r1 < 0.08 then 1 else 0 end, case when r2 < 0.05 then 1 else 0 end,
       c.top_level = ''CONSULTATION'' and s.status = ''CLOSED'' and r3 < 0.4,
       case when s.status in (''RESOLVED'', ''CLOSED'') then cz.code end,
       case when s.status in (''RESOLVED'', ''CLOSED'') then ''COMPANY'' end,
       case when s.status = ''CLOSED'' then (array[''VERY_SATISFIED'', ''SATISFIED'', ''SATISFIED'', ''NEUTRAL'', ''DISSATISFIED''])[1 + (r4 * 5)::int %% 5] end,
       created, created, case when s.status in (''RESOLVED'', ''CLOSED'') then created + handling end,
       case when s.status = ''CLOSED'' then created + handling + interval ''1 day'' end
from (select g as id, %3$L::timestamptz - (random() * interval ''730 days'') as created,
             random() as r0, random() as r1, random() as r2, random() as r3, random() as r4,
             interval ''1 minute'' * (30 + random() * 4000) as handling
      from generate_series(%4$s, %5$s) g) o
join g_unit u on u.i = (hashint8(o.id) & 2147483647) %% %6$s
join g_category c on c.i = (hashint8(o.id * 3) & 2147483647) %% %7$s
join g_channel ch on ch.i = (hashint8(o.id * 5) & 2147483647) %% 12
join g_cause cz on cz.i = (hashint8(o.id * 11) & 2147483647) %% %8$s
cross join lateral (select case when o.created > %3$L::timestamptz - interval ''10 days'' and o.r0 < 0.5 then
                                (array[''NEW'', ''DISPATCHED'', ''ACCEPTED'', ''IN_PROGRESS'', ''RESOLVED''])[1 + (o.r0 * 10)::int %% 5]
                           when o.r0 < 0.02 then ''CANCELLED'' when o.r0 < 0.04 then ''RESOLVED'' else ''CLOSED'' end as status) s',
       :min_customer, :max_customer, :'until', b, least(b + :batch - 1, :first_id + :orders), :units, :categories, :causes)
from generate_series(:first_id + 1, :first_id + :orders, :batch) b \gexec

\echo generating the clocks
insert into order_clock (order_id, order_number, clock, unit, budget_seconds, started_at, segment_started_at,
    own_deadline, deadline, stopped_at, state, red_fired, unit_path)
select id, number, k.clock, 'HOURS', k.budget, created_at, created_at, created_at + k.budget * interval '1 second',
       created_at + k.budget * interval '1 second', k.stopped,
       case when status in ('CANCELLED') then 'CANCELLED' when k.stopped is null then 'RUNNING' else 'STOPPED' end,
       coalesce(k.stopped, :'until'::timestamptz) > created_at + k.budget * interval '1 second', unit_path
from work_order w
cross join lateral (values ('DISPATCH', 7200, case when status <> 'NEW' then created_at + interval '1 minute' * (hashint8(id) & 255) end),
                           ('REPLY', 172800, resolved_at)) as k(clock, budget, stopped)
where id > :first_id;
select setval(pg_get_serial_sequence('work_order', 'id'), (select max(id) from work_order));
analyze work_order;
analyze order_clock;
