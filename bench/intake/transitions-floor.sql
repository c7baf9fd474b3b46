-- pgbench, appended to intake-rows.sql: the least a full lifecycle adds to its intake, four more
-- transactions (dispatch, accept, resolve, close) that each read the order, move its status and
-- append one timeline entry. GridDesk's transitions also stop and start clocks, queue messages and
-- move analytics cells, so this is a floor on the database's work per lifecycle, not a copy of it:
-- the rate it reaches bounds what any lifecycle over HTTP can reach on this machine.
BEGIN;
SELECT version FROM work_order WHERE number = :num FOR UPDATE;
UPDATE work_order SET status = 'DISPATCHED', updated_at = now(), version = version + 1 WHERE id = :oid;
INSERT INTO work_order_timeline (order_id, at, actor_id, actor_name, action, from_status, to_status, details)
    VALUES (:oid, now(), 2, '调度员', 'DISPATCHED', 'NEW', 'DISPATCHED', '{"unitId":11}');
COMMIT;
BEGIN;
SELECT version FROM work_order WHERE number = :num FOR UPDATE;
UPDATE work_order SET status = 'ACCEPTED', updated_at = now(), version = version + 1 WHERE id = :oid;
INSERT INTO work_order_timeline (order_id, at, actor_id, actor_name, action, from_status, to_status)
    VALUES (:oid, now(), 3, '处理人', 'ACCEPTED', 'DISPATCHED', 'ACCEPTED');
COMMIT;
BEGIN;
SELECT version FROM work_order WHERE number = :num FOR UPDATE;
UPDATE work_order SET status = 'RESOLVED', updated_at = now(), version = version + 1 WHERE id = :oid;
INSERT INTO work_order_timeline (order_id, at, actor_id, actor_name, action, from_status, to_status, note)
    VALUES (:oid, now(), 3, '处理人', 'RESOLVED', 'ACCEPTED', 'RESOLVED', '已更换表后开关，恢复供电');
COMMIT;
BEGIN;
SELECT version FROM work_order WHERE number = :num FOR UPDATE;
UPDATE work_order SET status = 'CLOSED', updated_at = now(), version = version + 1 WHERE id = :oid;
INSERT INTO work_order_timeline (order_id, at, actor_id, actor_name, action, from_status, to_status)
    VALUES (:oid, now(), 6, '回访员', 'CLOSED', 'RESOLVED', 'CLOSED');
COMMIT;
