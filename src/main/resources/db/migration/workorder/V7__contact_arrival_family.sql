-- First contact with the customer, arrival on site, and the case family (one grievance, several channels).
alter table work_order
    add column contacted_at timestamptz,
    add column arrived_at   timestamptz,
    add column case_family  text;
create index work_order_case_family on work_order (case_family) where case_family is not null;
