-- One row that the health check writes on every check: the database is healthy only while it takes writes.
create table database_liveness (
    id         integer                  primary key,
    checked_at timestamp with time zone not null,
    constraint database_liveness_one_row check (id = 1)
);

insert into database_liveness (id, checked_at) values (1, current_timestamp);
