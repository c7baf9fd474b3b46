-- Service recovery (服务补救): the apology, the fairness checks, and the remedies with their approval.
create table service_recovery (
    order_id            bigint primary key,
    order_number        text not null unique,
    unit_path           text not null,
    apology_channel     text check (apology_channel in ('PHONE', 'IN_PERSON', 'LETTER', 'SMS')),
    apology_by          bigint,
    apology_by_name     text,
    apology_at          timestamptz,
    apology_note        text,
    outcome_fair        boolean not null default false,
    procedural_fair     boolean not null default false,
    interactional_fair  boolean not null default false,
    fairness_note       text,
    fairness_by         bigint,
    fairness_by_name    text,
    fairness_at         timestamptz,
    completed_at        timestamptz,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    check ((apology_channel is null) = (apology_at is null))
);

create table service_recovery_remedy (
    id                bigint generated always as identity primary key,
    order_id          bigint not null references service_recovery (order_id),
    kind              text not null check (kind in ('COMPENSATION', 'FEE_REFUND', 'EXPEDITED_SERVICE')),
    amount            numeric(12, 2) check (amount > 0),
    description       text not null,
    requested_by      bigint not null,
    requested_by_name text not null,
    requested_at      timestamptz not null,
    status            text not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    needs_supervisor  boolean not null,
    decided_by        bigint,
    decided_by_name   text,
    decided_at        timestamptz,
    decision_note     text,
    -- four eyes, in the schema as well as in the code
    check (decided_by is null or decided_by <> requested_by),
    check ((kind = 'EXPEDITED_SERVICE') = (amount is null))
);
create index service_recovery_remedy_order on service_recovery_remedy (order_id, id);
create index service_recovery_remedy_pending on service_recovery_remedy (requested_at) where status = 'REQUESTED';
