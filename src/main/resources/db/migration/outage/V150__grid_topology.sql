-- The grid as data: substation (变电站) → 10 kV feeder (线路) → transformer area (台区). Customers
-- name their transformer area (customer.transformer_area); the areas hang on feeders here.
-- station_id is the supply station (org unit) that looks after the feeder or area.
create table grid_substation (
    code        text primary key,
    name        text not null,
    voltage_kv  int
);

create table grid_feeder (
    code            text primary key,
    name            text not null,
    substation_code text not null references grid_substation (code),
    station_id      bigint not null
);
create index grid_feeder_substation on grid_feeder (substation_code);
create index grid_feeder_station on grid_feeder (station_id);

create table grid_transformer_area (
    code        text primary key,
    name        text not null,
    feeder_code text not null references grid_feeder (code),
    station_id  bigint not null
);
create index grid_area_feeder on grid_transformer_area (feeder_code);

-- Every CSV import, for the audit of who changed the grid.
create table grid_import (
    id           bigint generated always as identity primary key,
    imported_at  timestamptz not null,
    imported_by  bigint not null,
    substations  int not null,
    feeders      int not null,
    areas        int not null
);
