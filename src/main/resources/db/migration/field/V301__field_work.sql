-- Field work on a phone (外勤): premise coordinates, check-ins, photos, completion, consultations,
-- and the receipts that make a replayed offline action count once.

-- Where a customer's premise is, for navigation and the check-in distance (from GIS, a survey, or the demo).
create table field_premise_location (
    customer_id bigint primary key,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    source      text not null check (source in ('GIS', 'SURVEY', 'DEMO')),
    updated_by  bigint,
    updated_at  timestamptz not null
);

-- One row per action a phone sent with an Idempotency-Key: a replay finds it and is answered, not applied.
create table field_receipt (
    staff_id     bigint not null,
    key          text not null check (length(key) between 8 and 100),
    fingerprint  text not null,
    action       text not null,
    order_number text not null,
    result_ref   text,
    created_at   timestamptz not null,
    primary key (staff_id, key)
);
create index field_receipt_created on field_receipt (created_at);

-- "On my way": the crew told the customer who comes and when.
create table field_trip (
    id           bigint generated always as identity primary key,
    order_id     bigint not null,
    order_number text not null,
    crew_id      bigint not null,
    crew_name    text not null,
    eta          timestamptz not null,
    started_at   timestamptz not null
);
create index field_trip_order on field_trip (order_id, id);

create table field_check_in (
    id           bigint generated always as identity primary key,
    order_id     bigint not null,
    order_number text not null,
    crew_id      bigint not null,
    latitude     double precision not null check (latitude between -90 and 90),
    longitude    double precision not null check (longitude between -180 and 180),
    accuracy_m   double precision check (accuracy_m >= 0),
    -- null when the premise has no coordinates
    distance_m   double precision,
    far          boolean not null,
    at           timestamptz not null
);
create index field_check_in_order on field_check_in (order_id, id);

-- Photos live in files named by their SHA-256 under griddesk.field.photo-dir; the row says whose they are.
create table field_photo (
    id              bigint generated always as identity primary key,
    order_id        bigint not null,
    order_number    text not null,
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    thumb_sha256    text not null check (thumb_sha256 ~ '^[0-9a-f]{64}$'),
    original_sha256 text not null check (original_sha256 ~ '^[0-9a-f]{64}$'),
    original_type   text not null,
    original_bytes  int not null,
    width           int not null,
    height          int not null,
    stored_bytes    int not null,
    caption         text,
    uploaded_by     bigint not null,
    uploaded_at     timestamptz not null
);
create index field_photo_order on field_photo (order_id, id);

-- How the crew finished: materials used and how the customer confirmed (one per resolve; rework adds another).
create table field_completion (
    id             bigint generated always as identity primary key,
    order_id       bigint not null,
    order_number   text not null,
    crew_id        bigint not null,
    confirmation   text not null check (confirmation in ('SIGNED_ON_SITE', 'BY_PHONE', 'CUSTOMER_ABSENT')),
    confirmed_by   text,
    materials      jsonb not null default '[]',
    finished_at    timestamptz not null
);
create index field_completion_order on field_completion (order_id, id);

-- One consultation thread per order; mentioned experts and leaders answer it from their own queue.
create table field_consultation (
    id           bigint generated always as identity primary key,
    order_id     bigint not null unique,
    order_number text not null unique,
    opened_by    bigint not null,
    opened_at    timestamptz not null
);

create table field_consultation_message (
    id              bigint generated always as identity primary key,
    consultation_id bigint not null references field_consultation (id),
    author_id       bigint not null,
    author_name     text not null,
    body            text not null,
    photo_ids       bigint[] not null default '{}',
    posted_at       timestamptz not null
);
create index field_consultation_message_thread on field_consultation_message (consultation_id, id);

create table field_consultation_mention (
    consultation_id bigint not null references field_consultation (id),
    staff_id        bigint not null,
    requested_by    bigint not null,
    requested_at    timestamptz not null,
    answered_at     timestamptz,
    primary key (consultation_id, staff_id)
);
create index field_consultation_mention_open on field_consultation_mention (staff_id, requested_at) where answered_at is null;
