-- A caseworker may move a report's due date, with the reason; the date first computed is kept beside it.
alter table reporting_obligation add column original_due_date date;
alter table reporting_obligation add column due_date_reason varchar(1000);
