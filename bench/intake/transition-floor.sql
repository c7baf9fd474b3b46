-- pgbench, appended four times to intake-rows.sql (after "\set step 0"): the least a lifecycle's
-- transition adds to its intake, one transaction that reads the order, moves its status (dispatch,
-- accept, resolve, close in turn) and appends one timeline entry. GridDesk's transitions also stop
-- and start clocks, queue messages and move analytics cells, so the four are a floor on the
-- database's work per lifecycle, not a copy of it: the rate they reach bounds what any lifecycle
-- over HTTP can reach on this machine.
\set step :step + 1
BEGIN;
SELECT version FROM work_order WHERE number = :num FOR UPDATE;
UPDATE work_order SET status = (ARRAY['DISPATCHED', 'ACCEPTED', 'RESOLVED', 'CLOSED'])[:step], updated_at = now(),
        version = version + 1
    WHERE id = :oid;
INSERT INTO work_order_timeline (order_id, at, actor_id, actor_name, action, from_status, to_status)
    VALUES (:oid, now(), 3, '处理人', (ARRAY['DISPATCHED', 'ACCEPTED', 'RESOLVED', 'CLOSED'])[:step],
            (ARRAY['NEW', 'DISPATCHED', 'ACCEPTED', 'RESOLVED'])[:step],
            (ARRAY['DISPATCHED', 'ACCEPTED', 'RESOLVED', 'CLOSED'])[:step]);
COMMIT;
