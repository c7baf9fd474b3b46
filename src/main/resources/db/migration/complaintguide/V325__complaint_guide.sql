-- The complaint-handling guide: the handler's checklist of the six steps, one row per order and step.
create table complaint_guide_step (
    order_id        bigint not null,
    order_number    text not null,
    step            text not null check (step in ('LISTEN', 'EMPATHISE', 'ANALYSE', 'PROPOSE', 'ACT', 'FOLLOW_UP')),
    done            boolean not null,
    note            text,
    checked_by      bigint not null,
    checked_by_name text not null,
    checked_at      timestamptz not null,
    primary key (order_id, step)
);
create index complaint_guide_step_number on complaint_guide_step (order_number);
