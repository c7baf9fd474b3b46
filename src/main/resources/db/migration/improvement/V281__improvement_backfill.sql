-- one row once the start-up backfill of orders written without events has been claimed
create table improvement_backfill (
    id         int primary key check (id = 1),
    claimed_at timestamptz not null
);
