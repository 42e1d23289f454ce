-- What a pool asks its projects to measure (the monitoring data of seed 001's final
-- report), and what each report says was measured.
create table pool_indicator (
    pool_id bigint       not null references pool (id),
    line_no integer      not null,
    name    varchar(300) not null,
    unit    varchar(100) not null,
    primary key (pool_id, line_no)
);

create table project_report_indicator (
    project_report_id bigint         not null references project_report (id),
    line_no           integer        not null,
    name              varchar(300)   not null,
    unit              varchar(100)   not null,
    measured          numeric(16, 2),
    comment           varchar(2000),
    primary key (project_report_id, line_no)
);
