-- Callback (回访): one task per resolved order that needs a callback, its attempts, the SMS survey
-- link when the customer cannot be reached, and every rework it caused, counted per unit.
create table callback_task (
    id              bigint generated always as identity primary key,
    order_id        bigint not null,
    order_number    text not null,
    type_code       text not null,
    unit_id         bigint not null,
    unit_path       text not null,
    handler_id      bigint,
    responsibility  text check (responsibility in ('COMPANY', 'CUSTOMER', 'FORCE_MAJEURE')),
    resolved_at     timestamptz not null,
    status          text not null check (status in ('OPEN', 'SURVEY_SENT', 'DONE', 'REWORKED', 'CANCELLED')),
    attempts        int not null default 0,
    next_attempt_at timestamptz,
    solved          boolean,
    satisfaction    text check (satisfaction in ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED', 'VERY_DISSATISFIED')),
    comment         text,
    with_recovery   boolean,
    finished_at     timestamptz,
    finished_by     bigint
);
-- one callback under way per order, whatever path (queue, order page, survey) reaches it
create unique index callback_task_one_open on callback_task (order_id) where status in ('OPEN', 'SURVEY_SENT');
create index callback_task_queue on callback_task (unit_path text_pattern_ops, resolved_at) where status in ('OPEN', 'SURVEY_SENT');
create index callback_task_finished on callback_task (finished_at) where status = 'DONE';
create index callback_task_number on callback_task (order_number, id);

create table callback_attempt (
    id           bigint generated always as identity primary key,
    task_id      bigint not null references callback_task (id),
    at           timestamptz not null,
    agent_id     bigint not null,
    agent_name   text not null,
    channel      text not null check (channel in ('PHONE', 'SMS')),
    reached      boolean not null,
    solved       boolean,
    satisfaction text,
    comment      text
);
create index callback_attempt_task on callback_attempt (task_id, id);

-- The SMS survey: an unguessable token, one answer, an expiry.
create table callback_survey (
    token        text primary key check (length(token) >= 32),
    task_id      bigint not null unique references callback_task (id),
    order_number text not null,
    issued_at    timestamptz not null,
    expires_at   timestamptz not null,
    answered_at  timestamptz,
    solved       boolean,
    satisfaction text,
    comment      text,
    outcome      text check (outcome in ('CLOSED', 'REWORKED', 'FOR_AGENT'))
);

create table callback_rework (
    id           bigint generated always as identity primary key,
    order_id     bigint not null,
    order_number text not null,
    unit_id      bigint not null,
    unit_path    text not null,
    handler_id   bigint,
    at           timestamptz not null,
    rework_count int not null,
    words        text not null,
    satisfaction text,
    solved       boolean,
    actor_id     bigint not null
);
create index callback_rework_scope on callback_rework (unit_path text_pattern_ops, at);
