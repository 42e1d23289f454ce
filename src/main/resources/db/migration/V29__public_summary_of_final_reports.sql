-- A final report carries a summary for the public, shown on the pool's page once the report is approved.
alter table project_report add column public_summary varchar(1000);
