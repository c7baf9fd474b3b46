-- 返工: how often the callback sent the order back to its handler (field work / callback range 300–349).
alter table work_order add column rework_count int not null default 0;
