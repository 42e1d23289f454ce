-- Files attached to a report, listed on it, the bytes apart. A file taken off a report that was handed in with it
-- keeps its bytes, so that every version handed in can still be read whole.
create table report_attachment (
    project_report_id bigint       not null references project_report (id),
    line_no           integer      not null,
    file_key          varchar(36)  not null unique,
    file_name         varchar(255) not null,
    content_type      varchar(100) not null,
    size_bytes        bigint       not null,
    sha256            varchar(64)  not null,
    uploaded_at       timestamp with time zone not null,
    uploaded_by       varchar(200) not null,
    primary key (project_report_id, line_no),
    constraint report_attachment_size_positive check (size_bytes > 0)
);

create table report_attachment_content (
    file_key varchar(36) primary key,
    content  bytea       not null
);
