-- The managed list of root causes (根本原因) an order is resolved with; analysis groups by it.
-- Seeded from domain/root-causes.csv on start (new codes only: admins may rename or retire codes).
create table root_cause (
    code                    text primary key,
    name_zh                 text not null,
    name_en                 text not null,
    -- the responsibility a handler is offered first; they may choose another
    default_responsibility  text check (default_responsibility in ('COMPANY', 'CUSTOMER', 'FORCE_MAJEURE')),
    -- the top-level types it is offered for
    types                   text[] not null,
    notes                   text,
    active                  boolean not null default true,
    position                int not null
);

alter table work_order add constraint work_order_root_cause_known
    foreign key (root_cause) references root_cause (code) not valid;
