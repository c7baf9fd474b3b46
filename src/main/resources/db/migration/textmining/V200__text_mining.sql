-- Text mining: classifier model versions, what each order was classified as, a read model of
-- orders for duplicates, escalation risk and hot topics (fed by work-order events), and risk.

-- Every trained model is kept: an order's classification names the version that made it.
create table tm_model (
    version          int primary key,
    status           text not null check (status in ('ACTIVE', 'CANDIDATE', 'RETIRED')),
    created_at       timestamptz not null,
    created_by       bigint,
    trained_texts    int not null,
    confirmed_texts  int not null,
    temperature      double precision not null,
    -- evaluation on the held-out split at training time: accuracy, macro-F1, top-3, calibration
    metrics          jsonb not null,
    model            bytea not null
);
create unique index tm_model_one_active on tm_model ((status)) where status = 'ACTIVE';

-- What the classifier suggested for an order and what the agent or channel chose.
create table tm_classification (
    order_id        bigint primary key,
    order_number    text not null unique,
    model_version   int not null references tm_model (version),
    channel         text not null,
    text            text not null,
    suggested_code  text not null,
    confidence      double precision not null,
    top3            jsonb not null,
    urgent          boolean not null,
    chosen_type     text not null,
    chosen_code     text,
    decision        text not null check (decision in ('AUTO', 'CONFIRMED', 'OVERRIDDEN')),
    decided_by      bigint not null,
    decided_at      timestamptz not null
);
-- confirmed and corrected orders are the new training data
create index tm_classification_labelled on tm_classification (decided_at)
    where decision in ('CONFIRMED', 'OVERRIDDEN') and chosen_code is not null;

-- The orders as text mining reads them; written from work-order events, never from work_order.
create table tm_order (
    order_id          bigint primary key,
    number            text not null unique,
    unit_path         text not null,
    customer_id       bigint,
    contact_phone     text not null,
    address_key       text not null,
    transformer_area  text,
    type_code         text not null,
    category_code     text,
    channel           text not null,
    text              text not null,
    created_at        timestamptz not null,
    is_open           boolean not null,
    coordinator_id    bigint
);
create index tm_order_customer on tm_order (customer_id, created_at desc) where customer_id is not null;
create index tm_order_phone on tm_order (contact_phone, created_at desc);
create index tm_order_open_area on tm_order (transformer_area) where is_open and transformer_area is not null;
create index tm_order_open_address on tm_order (address_key) where is_open;
create index tm_order_scope_created on tm_order (unit_path text_pattern_ops, created_at);

-- Content words of each order's text, for weekly hot topics.
create table tm_order_term (
    order_id bigint not null references tm_order (order_id),
    term     text not null,
    primary key (order_id, term)
);

-- The latest escalation-risk assessment of each order, with its reasons.
create table tm_risk (
    order_id     bigint primary key references tm_order (order_id),
    number       text not null,
    score        int not null check (score between 0 and 100),
    level        text not null check (level in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    reasons      jsonb not null,
    assessed_at  timestamptz not null
);
create index tm_risk_score on tm_risk (score desc);

-- An early warning is raised once per order and level.
create table tm_risk_warning (
    order_id   bigint not null references tm_order (order_id),
    level      text not null,
    score      int not null,
    raised_at  timestamptz not null,
    primary key (order_id, level)
);
