-- A granted project is closed once its reports are approved and its repayment claims settled; a closed project
-- changes no more.
alter table granted_project add column closed_at timestamp with time zone;
alter table granted_project add column closed_by varchar(200);
