-- pgbench: per transaction, the rows one GridDesk intake of a fault call writes — the order, its
-- CREATED timeline entry, the idempotency key, the time profile and the three clocks the default
-- rule set starts (DISPATCH, ARRIVE, REPLY), the customer's "order received" SMS in the outbox,
-- text mining's classification, search index, term and risk rows, and the analytics module's order
-- facts and its daily and monthly cells at team and station grain and the station trend (upserts on one hot cell, as every call of this script is alike). The raw PostgreSQL limit
-- for the same work (counted by diffing every table around one intake). No colon may appear in a
-- literal: prepared mode turns every :word into a parameter, so the outbox key spells them chr(58).
\set c random(1, 50000)
\set k random(1, 2000000000)
BEGIN;
INSERT INTO idempotency_key (staff_id, key, request_hash, created_at)
    VALUES (1, 'pgbench-' || :client_id::text || '-' || :k::text || '-' || txid_current()::text, 'hash', now());
SELECT 'GD' || to_char(now(), 'YYYYMMDD') || lpad(nextval('work_order_number_seq')::text, 7, '0') AS num \gset
INSERT INTO work_order (number, channel, type_code, category_code, status, urgency, customer_id, account_number,
        contact_name, contact_phone, address, description, station_id, unit_id, unit_path, created_by, created_at,
        updated_at, version)
    VALUES (:num, 'PHONE', 'FAULT_REPAIR', 'FAULT_REPAIR.LOW_VOLTAGE', 'NEW', 'NORMAL', :c, '3111000001', '压测客户',
        '13900000000', '江滨街道江滨路8号', '家里和邻居都停电了，请尽快派人来看看', 11, 11, '/1/2/10/11/', 1, now(), now(), 0)
    RETURNING id AS oid \gset
INSERT INTO work_order_timeline (order_id, at, actor_id, actor_name, action, to_status, details)
    VALUES (:oid, now(), 1, '话务员', 'CREATED', 'NEW',
        '{"channel":"PHONE","type":"FAULT_REPAIR","category":"FAULT_REPAIR.LOW_VOLTAGE","unitId":11}');
INSERT INTO order_time_profile (order_id, order_number, rule_set_version, code, channel, region_class, customer_class)
    VALUES (:oid, :num, 1, 'FAULT_REPAIR.LOW_VOLTAGE', 'PHONE', 'URBAN', 'RESIDENTIAL');
INSERT INTO order_clock (order_id, order_number, clock, rule_set_version, amount, unit, budget_seconds, started_at,
        segment_started_at, own_deadline, deadline, warn_at, state, next_fire_at, unit_path, created_by)
    VALUES (:oid, :num, 'DISPATCH', 1, 5, 'MINUTES', 300, now(), now(), now() + interval '5 minutes',
            now() + interval '5 minutes', now() + interval '225 seconds', 'RUNNING', now() + interval '225 seconds', '/1/2/10/11/', 1),
           (:oid, :num, 'ARRIVE', 1, 45, 'MINUTES', 2700, now(), now(), now() + interval '45 minutes',
            now() + interval '45 minutes', now() + interval '2025 seconds', 'RUNNING', now() + interval '2025 seconds', '/1/2/10/11/', 1),
           (:oid, :num, 'REPLY', 1, 10, 'CALENDAR_DAYS', 864000, now(), now(), now() + interval '10 days',
            now() + interval '10 days', now() + interval '7.5 days', 'RUNNING', now() + interval '7.5 days', '/1/2/10/11/', 1);
INSERT INTO notification (idempotency_key, event, channel, recipient_kind, recipient_id, address, locale, order_id,
        order_number, customer_id, urgent, legal, body, status, next_attempt_at, expires_at, queued_at)
    VALUES ('order:' || :oid::text || chr(58) || 'WorkOrderCreated' || chr(58) || 'SMS', 'ORDER_RECEIVED', 'SMS', 'CUSTOMER', :c::bigint, '13900000000', 'zh-CN',
        :oid::bigint, :num::text, :c::bigint, false, false, '【供电服务】您的诉求已受理，工单号' || :num::text || '，将于今日答复。咨询请拨95598。',
        'QUEUED', now(), now() + interval '1 day', now());
INSERT INTO tm_order (order_id, number, unit_path, customer_id, contact_phone, address_key, transformer_area, type_code,
        category_code, channel, text, created_at, is_open)
    VALUES (:oid, :num, '/1/2/10/11/', :c, '13900000000', '江滨路8号', 'BJ-CQ-S1-F1-T01', 'FAULT_REPAIR',
        'FAULT_REPAIR.LOW_VOLTAGE', 'PHONE', '家里和邻居都停电了，请尽快派人来看看', now(), true);
INSERT INTO tm_order_term (order_id, term) VALUES (:oid, '停电');
INSERT INTO tm_classification (order_id, order_number, model_version, channel, text, suggested_code, confidence, top3,
        urgent, chosen_type, chosen_code, decision, decided_by, decided_at)
    VALUES (:oid, :num, 1, 'PHONE', '家里和邻居都停电了，请尽快派人来看看', 'FAULT_REPAIR.LOW_VOLTAGE', 0.91,
        '[{"code":"FAULT_REPAIR.LOW_VOLTAGE","confidence":0.91}]', false, 'FAULT_REPAIR', 'FAULT_REPAIR.LOW_VOLTAGE',
        'CONFIRMED', 1, now());
INSERT INTO tm_risk (order_id, number, score, level, reasons, assessed_at) VALUES (:oid, :num, 0, 'LOW', '[]', now());
INSERT INTO analytics_order (order_id, number, created_at, day, unit_id, unit_path, type_code, category_code, channel,
        root_cause, customer_id, status, late, created, open)
    VALUES (:oid, :num, now(), current_date, 11, '/1/2/10/11/', 'FAULT_REPAIR', 'FAULT_REPAIR.CUSTOMER_INTERNAL', 'PHONE', '', :c,
        'NEW', false, 1, 1) ON CONFLICT (order_id) DO NOTHING;
INSERT INTO analytics_daily (day, unit_path, type_code, category_code, channel, created, open)
    VALUES (current_date, '/1/2/10/11/', 'FAULT_REPAIR', 'FAULT_REPAIR.CUSTOMER_INTERNAL', 'PHONE', 1, 1)
    ON CONFLICT (day, unit_path, type_code, category_code, channel)
    DO UPDATE SET created = analytics_daily.created + excluded.created, open = analytics_daily.open + excluded.open;
INSERT INTO analytics_monthly (day, unit_path, type_code, category_code, channel, created, open)
    VALUES (date_trunc('month', current_date)::date, '/1/2/10/11/', 'FAULT_REPAIR', 'FAULT_REPAIR.CUSTOMER_INTERNAL', 'PHONE', 1, 1)
    ON CONFLICT (day, unit_path, type_code, category_code, channel)
    DO UPDATE SET created = analytics_monthly.created + excluded.created, open = analytics_monthly.open + excluded.open;
INSERT INTO analytics_station_daily (day, unit_path, type_code, category_code, channel, created, open)
    VALUES (current_date, '/1/2/10/11/', 'FAULT_REPAIR', 'FAULT_REPAIR.CUSTOMER_INTERNAL', 'PHONE', 1, 1)
    ON CONFLICT (day, unit_path, type_code, category_code, channel)
    DO UPDATE SET created = analytics_station_daily.created + excluded.created, open = analytics_station_daily.open + excluded.open;
INSERT INTO analytics_station_monthly (day, unit_path, type_code, category_code, channel, created, open)
    VALUES (date_trunc('month', current_date)::date, '/1/2/10/11/', 'FAULT_REPAIR', 'FAULT_REPAIR.CUSTOMER_INTERNAL', 'PHONE', 1, 1)
    ON CONFLICT (day, unit_path, type_code, category_code, channel)
    DO UPDATE SET created = analytics_station_monthly.created + excluded.created, open = analytics_station_monthly.open + excluded.open;
INSERT INTO analytics_station_trend (day, unit_path, type_code, category_code, channel, created, open)
    VALUES (current_date, '/1/2/10/11/', 'FAULT_REPAIR', '', 'PHONE', 1, 1)
    ON CONFLICT (day, unit_path, type_code, category_code, channel)
    DO UPDATE SET created = analytics_station_trend.created + excluded.created, open = analytics_station_trend.open + excluded.open;
UPDATE idempotency_key SET order_number = :num, outcome = 'CREATED'
    WHERE staff_id = 1 AND key = 'pgbench-' || :client_id::text || '-' || :k::text || '-' || txid_current()::text;
COMMIT;
