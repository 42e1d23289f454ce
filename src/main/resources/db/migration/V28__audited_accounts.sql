-- Audited accounts: the project's organisation invites an auditor by e-mail to one report's accounts; the auditor
-- attaches the signed statement and signs off with name, firm and the standard audited against. Where the pool
-- requires it, the report cannot be handed in or approved without that sign-off. The statement's bytes are kept
-- apart, so that reading a report never loads them.
alter table project_report add column auditor_email varchar(254);
alter table project_report add column auditor_invited_at timestamp with time zone;
alter table project_report add column auditor_invited_by varchar(200);
alter table project_report add column audit_statement_name varchar(255);
alter table project_report add column auditor_name varchar(200);
alter table project_report add column auditor_firm varchar(200);
alter table project_report add column audit_standard varchar(200);
alter table project_report add column audit_signed_at timestamp with time zone;
alter table project_report add column audit_signed_by varchar(200);

create table report_audit_statement (
    project_report_id bigint       primary key references project_report (id),
    file_name         varchar(255) not null,
    content           bytea        not null,
    uploaded_at       timestamp with time zone not null,
    uploaded_by       varchar(200) not null
);
