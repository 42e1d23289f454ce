-- Which tables each change touched, at the data version it raised: a node keeps an answer it made for the public
-- until one of the tables the answer was read from changes, so that a stream of changes elsewhere (organisations
-- registered, applications sent in) leaves the pages of pools and calls alone (database.TablesRead).
create table table_change (
    name    varchar(128) primary key,
    version bigint       not null
);
