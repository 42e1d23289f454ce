-- People invited by e-mail address to work on one application, whichever organisation they belong to.
create table application_co_author (
    application_id bigint       not null references application (id),
    email          varchar(254) not null,
    invited_at     timestamp with time zone not null,
    primary key (application_id, email)
);

create index application_co_author_email on application_co_author (email);
