-- When the event's crew reached the site: from then on the attached orders' ARRIVE clocks stand
-- stopped (one crew on site answers every caller of the event).
alter table outage_event add column crew_arrived_at timestamptz;
