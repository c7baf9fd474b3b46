-- 1,000,000 open work orders (or :n), each with a running REPLY clock that is not due for days.
-- Run against a GridDesk database after the application has migrated it.
\set ON_ERROR_STOP on
with stations as (
    select array_agg(id order by id) as ids, array_agg(path order by id) as paths
    from org_unit where level = 'STATION'
)
insert into work_order (number, channel, type_code, category_code, status, urgency, contact_name, contact_phone,
                        address, description, station_id, unit_id, unit_path, created_at, updated_at)
select 'BT' || lpad(g::text, 10, '0'), 'PHONE', 'COMPLAINT', 'COMPLAINT.SERVICE.ATTITUDE', 'DISPATCHED', 'NORMAL',
       '基准客户', '13800000000', '基准地址', '基准工单：时限扫描',
       s.ids[1 + g % cardinality(s.ids)], s.ids[1 + g % cardinality(s.ids)], s.paths[1 + g % cardinality(s.ids)],
       now(), now()
from generate_series(1, :n) g, stations s;

insert into order_clock (order_id, order_number, clock, rule_set_version, amount, unit, budget_seconds, started_at,
                         segment_started_at, own_deadline, deadline, warn_at, state, next_fire_at, unit_path)
select id, number, 'REPLY', 1, 4, 'WORKING_DAYS', 345600, now(), now(), now() + interval '6 days',
       now() + interval '6 days', now() + interval '4 days', 'RUNNING', now() + interval '4 days', unit_path
from work_order where number like 'BT%';

analyze work_order;
analyze order_clock;
