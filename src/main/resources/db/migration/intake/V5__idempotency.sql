-- A retried create with the same Idempotency-Key returns the order the first request made.
create table idempotency_key (
    staff_id     bigint not null,
    key          text not null,
    request_hash text not null,
    order_number text,
    outcome      text,
    created_at   timestamptz not null,
    primary key (staff_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
