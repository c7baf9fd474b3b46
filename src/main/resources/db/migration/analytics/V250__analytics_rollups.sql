-- Analytics (R9, R11): one projection row per order and two rollups of it, kept up to date by the
-- listeners of com.griddesk.analytics in the transaction of every order change. The period of a
-- query is a cohort: orders count in the day (hotline zone) they were created, with what has
-- happened to them so far. Measure columns are the same in all three tables: 0/1 per order
-- (handling_seconds: seconds from creation to resolve), summed in the rollups.

-- What analytics knows of each order: the rollup cell it counts in and its measures.
create table analytics_order (
    order_id           bigint primary key,
    number             text not null,
    created_at         timestamptz not null,
    day                date not null,
    unit_id            bigint not null,
    unit_path          text not null,
    type_code          text not null,
    category_code      text not null,
    channel            text not null,
    root_cause         text not null,
    customer_id        bigint,
    status             text not null,
    -- a clock other than the callback's went past its deadline (red warning)
    late               boolean not null default false,
    created            smallint not null default 0,
    first_contact      smallint not null default 0,
    complaints         smallint not null default 0,
    repeat_complaints  smallint not null default 0,
    reminded           smallint not null default 0,
    returned           smallint not null default 0,
    resolved           smallint not null default 0,
    handling_seconds   integer not null default 0,
    rated              smallint not null default 0,
    satisfied          smallint not null default 0,
    open               smallint not null default 0,
    overdue            smallint not null default 0,
    stopped_dispatch   smallint not null default 0,
    met_dispatch       smallint not null default 0,
    stopped_accept     smallint not null default 0,
    met_accept         smallint not null default 0,
    stopped_contact    smallint not null default 0,
    met_contact        smallint not null default 0,
    stopped_arrive     smallint not null default 0,
    met_arrive         smallint not null default 0,
    stopped_restore    smallint not null default 0,
    met_restore        smallint not null default 0,
    stopped_reply      smallint not null default 0,
    met_reply          smallint not null default 0,
    stopped_callback   smallint not null default 0,
    met_callback       smallint not null default 0,
    stopped_supervision smallint not null default 0,
    met_supervision    smallint not null default 0
);
-- drill-downs: a period of a subtree
create index analytics_order_day on analytics_order (day, unit_path text_pattern_ops);
-- repeat complaints: the same customer's complaints in a category, by time
create index analytics_order_complaints on analytics_order (customer_id, category_code, created_at)
    where complaints = 1;

-- Daily cells; '' stands for no category (part of the key). Counts are integers: sum() of an
-- integer column adds in bigint, of a bigint column in numeric, several times slower.
create table analytics_daily (
    day                date not null,
    unit_path          text not null,
    type_code          text not null,
    category_code      text not null,
    channel            text not null,
    created            integer not null default 0,
    first_contact      integer not null default 0,
    complaints         integer not null default 0,
    repeat_complaints  integer not null default 0,
    reminded           integer not null default 0,
    returned           integer not null default 0,
    resolved           integer not null default 0,
    handling_seconds   bigint  not null default 0,
    rated              integer not null default 0,
    satisfied          integer not null default 0,
    open               integer not null default 0,
    overdue            integer not null default 0,
    stopped_dispatch   integer not null default 0,
    met_dispatch       integer not null default 0,
    stopped_accept     integer not null default 0,
    met_accept         integer not null default 0,
    stopped_contact    integer not null default 0,
    met_contact        integer not null default 0,
    stopped_arrive     integer not null default 0,
    met_arrive         integer not null default 0,
    stopped_restore    integer not null default 0,
    met_restore        integer not null default 0,
    stopped_reply      integer not null default 0,
    met_reply          integer not null default 0,
    stopped_callback   integer not null default 0,
    met_callback       integer not null default 0,
    stopped_supervision integer not null default 0,
    met_supervision    integer not null default 0,
    primary key (day, unit_path, type_code, category_code, channel)
);

-- The same by calendar month (day = the first of the month): a year is twelve months of cells.
create table analytics_monthly (like analytics_daily including all);

-- Resolved orders per root cause, kept apart: a root cause in the key of the cells above would
-- multiply them by the length of the managed list.
create table analytics_cause_daily (
    day        date not null,
    unit_path  text not null,
    type_code  text not null,
    channel    text not null,
    root_cause text not null,
    resolved           integer not null default 0,
    primary key (day, unit_path, type_code, channel, root_cause)
);
create table analytics_cause_monthly (like analytics_cause_daily including all);

-- a station's or county's report reads only its subtree's cells
create index analytics_daily_scope on analytics_daily (unit_path text_pattern_ops, day);
create index analytics_monthly_scope on analytics_monthly (unit_path text_pattern_ops, day);
