-- A decision made earlier and registered afterwards keeps its own date; who registered it,
-- and when, is kept beside it.
alter table application add column decision_registered_by varchar(100);
alter table application add column decision_registered_at timestamp with time zone;
