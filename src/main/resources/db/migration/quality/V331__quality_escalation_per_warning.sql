-- One row per escalating warning, not per order: two scanners firing different clocks of the same
-- order would otherwise wait on each other's insert of the same order key and deadlock.
alter table quality_escalation drop constraint quality_escalation_pkey;
alter table quality_escalation add column warning text;
update quality_escalation set warning = reason;
alter table quality_escalation alter column warning set not null;
alter table quality_escalation add primary key (order_id, warning);
create index quality_escalation_first_at on quality_escalation (first_at);
