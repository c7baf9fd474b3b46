-- A reworked or reopened order is worked again: a new round of its clocks (REPLY again, then a new
-- CALLBACK once it is resolved again). The old round's rows and warnings stay as they were.
alter table order_time_profile add column round int not null default 1;
alter table order_clock add column round int not null default 1;
drop index order_clock_one_per_kind;
create unique index order_clock_one_per_kind on order_clock (order_id, clock, round) where clock <> 'SUPERVISION';
