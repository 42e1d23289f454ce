-- The caseworker who follows up a granted project: the project's reports are theirs in
-- the follow-up queue, and theirs is the reminder when a report is overdue. A project
-- nobody has taken has no row, or a row whose caseworker is null.
create table project_caseworker (
    granted_project_id bigint       primary key references granted_project (id),
    caseworker         varchar(100),
    version            bigint       not null,
    assigned_at        timestamp with time zone not null,
    assigned_by        varchar(100) not null
);

create index project_caseworker_by_caseworker on project_caseworker (caseworker);
