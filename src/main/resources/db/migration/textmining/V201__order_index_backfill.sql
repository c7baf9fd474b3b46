-- How far text mining has read orders that were written without events (the demo history goes in
-- by COPY): the backfill job indexes orders above this id.
create table tm_backfill (
    name           text primary key,
    last_order_id  bigint not null,
    updated_at     timestamptz not null
);
