-- A pool may hold back part of each grant until the project's final report is approved: a share of it (for
-- example the last 10 %) or the rate of its last year. The project keeps what is held back, and whether it has
-- been released.
alter table pool add column hold_back_percent integer;
alter table pool add column hold_back_last_year boolean not null default false;
alter table pool add constraint pool_hold_back_percent_range check (hold_back_percent between 1 and 100);
alter table granted_project add column held_back bigint not null default 0;
alter table granted_project add column held_back_released boolean not null default false;
