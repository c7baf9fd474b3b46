-- The report archive: one document per kind, period and unit, never two (the generation is idempotent).
create table report_document (
    id                bigserial primary key,
    kind              text        not null check (kind in ('DAILY', 'WEEKLY', 'MONTHLY')),
    period_start      date        not null,
    period_end        date        not null,
    unit_id           bigint      not null,
    unit_path         text        not null,
    unit_name         text        not null,
    title             text        not null,
    content           jsonb       not null,
    pdf               bytea       not null,
    xlsx              bytea       not null,
    generated_at      timestamptz not null,
    generated_by      bigint,
    generated_by_name text,
    generation_ms     bigint      not null,
    unique (kind, period_start, unit_id)
);
create index report_document_scope on report_document (unit_path text_pattern_ops, period_start desc);

create table report_subscription (
    staff_id   bigint      not null,
    kind       text        not null check (kind in ('DAILY', 'WEEKLY', 'MONTHLY')),
    email      text        not null,
    created_at timestamptz not null,
    primary key (staff_id, kind)
);

-- the monthly assessment's weights an administrator saved (none: the settings' defaults)
create table report_weight (
    indicator  text primary key,
    weight     int         not null check (weight between 0 and 100),
    updated_by bigint      not null,
    updated_at timestamptz not null
);

-- warnings fired and orders of sensitive customers, per day, for the daily monitoring report
create table report_signal (
    id           bigserial primary key,
    kind         text        not null,
    day          date        not null,
    order_number text        not null,
    unit_path    text        not null,
    detail       text        not null,
    at           timestamptz not null,
    unique (kind, order_number, detail)
);
create index report_signal_day on report_signal (day, unit_path text_pattern_ops);
