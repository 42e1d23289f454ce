-- How many days before a report is due its project is reminded, as the pool chooses ("30,7"); none chosen is the
-- default the application is configured with.
alter table pool add column reminder_days varchar(50);
