-- Orders whose escalation risk is to be assessed again (a missed deadline, an escalation step).
-- A scheduled job works through them in batches: a warning only marks its order, so a scan that
-- fires a thousand warnings is not followed by a thousand separate assessments, and several
-- warnings of one order make one assessment.
create table tm_risk_stale (
    order_id bigint primary key,
    since    timestamptz not null
);
create index tm_risk_stale_since on tm_risk_stale (since);
