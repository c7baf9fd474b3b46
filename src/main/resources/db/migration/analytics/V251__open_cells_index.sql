-- The report's open backlog reads the daily cells that still hold open orders (open > 0) over the
-- whole period: for a year at the bureau that was a scan of every daily cell of the year (millions
-- at ten million orders) to find the few thousand with open orders. Measured at 1,000,000 orders:
-- 145 ms -> 5 ms for a year at the bureau.
create index analytics_daily_open on analytics_daily (unit_path text_pattern_ops, day) where open > 0;
