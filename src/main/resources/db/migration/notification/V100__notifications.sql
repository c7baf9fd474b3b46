-- Notifications: templates, the notification outbox with its delivery states, SMS segments and
-- receipts, customer preferences and webhook subscriptions.

create table notification_template (
    event       text not null,
    channel     text not null check (channel in ('SMS', 'EMAIL', 'IN_APP')),
    locale      text not null check (locale in ('zh-CN', 'en')),
    subject     text,
    body        text not null,
    updated_at  timestamptz not null,
    updated_by  bigint,
    primary key (event, channel, locale)
);

-- One row per message to one recipient over one channel; written in the transaction of the change
-- that caused it (the outbox) and moved by the relay: QUEUED → SENDING → SENT → DELIVERED | FAILED | EXPIRED.
create table notification (
    id               bigserial primary key,
    idempotency_key  text not null unique,
    event            text not null,
    channel          text not null check (channel in ('SMS', 'EMAIL', 'IN_APP', 'WEBHOOK')),
    recipient_kind   text not null check (recipient_kind in ('CUSTOMER', 'STAFF', 'ADDRESS', 'SUBSCRIBER')),
    recipient_id     bigint,
    address          text,
    locale           text not null,
    order_id         bigint,
    order_number     text,
    customer_id      bigint,
    reference        text,
    urgent           boolean not null,
    legal            boolean not null,
    subject          text,
    body             text not null,
    status           text not null check (status in ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'EXPIRED')),
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    expires_at       timestamptz,
    deferred_reason  text,
    last_error       text,
    gateway_id       text,
    queued_at        timestamptz not null,
    sending_at       timestamptz,
    sent_at          timestamptz,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    expired_at       timestamptz,
    read_at          timestamptz,
    resend_of        bigint unique references notification (id)
);

create index notification_due on notification (next_attempt_at) where status = 'QUEUED';
create index notification_held on notification (sending_at) where status = 'SENDING';
create index notification_expiring on notification (expires_at) where status in ('QUEUED', 'SENT');
create index notification_of_order on notification (order_id, id);
create index notification_of_customer on notification (customer_id, id) where customer_id is not null;
create index notification_inbox on notification (recipient_id, id desc) where channel = 'IN_APP';
create index notification_unread on notification (recipient_id) where channel = 'IN_APP' and read_at is null;
create index notification_failed on notification (failed_at desc) where status in ('FAILED', 'EXPIRED');
create index notification_recent_to on notification (address, coalesce(sent_at, sending_at)) where sending_at is not null;
create index notification_reference on notification (reference) where reference is not null;

-- Every try of the relay, for the proof of what happened when.
create table notification_attempt (
    notification_id  bigint not null references notification (id),
    attempt          int not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    outcome          text,
    error            text,
    primary key (notification_id, attempt)
);

-- An SMS goes out as one or more submit_sm; each segment gets the SMSC's message id.
create table sms_segment (
    notification_id  bigint not null references notification (id),
    seq              int not null,
    total            int not null,
    text_start       text not null,
    message_id       text unique,
    submitted_at     timestamptz,
    primary key (notification_id, seq)
);

-- Delivery receipts as the SMSC reported them; kept even when they arrive before the segment is
-- recorded (the SMSC may answer the receipt faster than we commit the submit response).
create table sms_receipt (
    message_id   text primary key,
    destination  text not null,
    state        text not null,
    error        text,
    text_start   text,
    received_at  timestamptz not null
);

create index sms_receipt_unmatched on sms_receipt (destination, received_at);

create table notification_preference (
    customer_id    bigint primary key,
    email          text,
    sms_enabled    boolean not null default true,
    email_enabled  boolean not null default true,
    opted_out      boolean not null default false,
    locale         text not null default 'zh-CN' check (locale in ('zh-CN', 'en')),
    updated_at     timestamptz not null,
    updated_by     bigint
);

create table webhook_subscription (
    id          bigserial primary key,
    name        text not null,
    url         text not null,
    secret      text not null,
    events      text[] not null default '{}',
    enabled     boolean not null default true,
    created_at  timestamptz not null,
    unique (url)
);
