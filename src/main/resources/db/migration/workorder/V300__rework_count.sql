-- 返工: how often the callback sent the order back to its handler (field work / callback range 300–349).
alter table work_order add column rework_count int not null default 0;
-- quality inspection samples closed orders by the day they closed
create index work_order_closed_at on work_order (closed_at) where status = 'CLOSED';
