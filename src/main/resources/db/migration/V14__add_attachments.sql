-- Files attached to an application: what the application lists (name, type, size, digest, who and when), and the
-- bytes apart, so that reading an application never loads its files. A file is referred to by a random key.
create table application_attachment (
    application_id bigint        not null references application (id),
    line_no        integer       not null,
    file_key       varchar(36)   not null unique,
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         varchar(64)   not null,
    uploaded_at    timestamp with time zone not null,
    uploaded_by    varchar(100)  not null,
    primary key (application_id, line_no),
    constraint attachment_size_positive check (size_bytes > 0)
);

create table attachment_content (
    file_key varchar(36) primary key,
    content  bytea       not null
);
