-- One row per resolved order with a root cause: the improvement module's own read model, fed by the
-- resolve events (an order resolved again keeps its latest cause). Counted per scope and cause.
create table improvement_occurrence (
    order_id         bigint primary key,
    order_number     text        not null,
    root_cause       text        not null,
    resolved_at      timestamptz not null,
    unit_id          bigint      not null,
    unit_path        text        not null,
    transformer_area text,
    feeder           text
);
create index improvement_occurrence_area on improvement_occurrence (transformer_area, root_cause, resolved_at)
    where transformer_area is not null;
create index improvement_occurrence_feeder on improvement_occurrence (feeder, root_cause, resolved_at)
    where feeder is not null;
create index improvement_occurrence_unit on improvement_occurrence (unit_id, root_cause, resolved_at);

-- 整改: an improvement action for a root cause recurring in a transformer area, feeder or unit.
create table improvement_action (
    id               bigserial primary key,
    scope_kind       text        not null check (scope_kind in ('TRANSFORMER_AREA', 'FEEDER', 'UNIT')),
    scope_code       text        not null,
    scope_name       text,
    root_cause       text        not null,
    unit_id          bigint      not null,
    unit_path        text        not null,
    state            text        not null check (state in ('PROPOSED', 'ACCEPTED', 'IMPLEMENTED', 'VERIFIED')),
    proposed_at      timestamptz not null,
    trigger_count    int         not null,
    owner_id         bigint,
    owner_name       text,
    due_date         date,
    plan             text,
    accepted_at      timestamptz,
    evidence         text,
    implemented_at   timestamptz,
    verified_by      bigint,
    verified_by_name text,
    verified_at      timestamptz,
    rejection_note   text,
    updated_at       timestamptz not null
);
-- exactly one open action per scope and cause, also when two resolves race
create unique index improvement_action_open on improvement_action (scope_kind, scope_code, root_cause)
    where state <> 'VERIFIED';
create index improvement_action_scope on improvement_action (unit_path text_pattern_ops, state);
create index improvement_action_due on improvement_action (due_date) where state = 'ACCEPTED';

-- the orders behind an action: those that caused it (causing = true) and later ones of the same cause
create table improvement_action_order (
    action_id    bigint      not null references improvement_action (id),
    order_id     bigint      not null,
    order_number text        not null,
    resolved_at  timestamptz not null,
    causing      boolean     not null,
    primary key (action_id, order_id)
);

create table improvement_action_history (
    id          bigserial primary key,
    action_id   bigint      not null references improvement_action (id),
    at          timestamptz not null,
    actor_id    bigint,
    actor_name  text,
    from_state  text,
    to_state    text        not null,
    note        text
);
create index improvement_action_history_action on improvement_action_history (action_id, id);
