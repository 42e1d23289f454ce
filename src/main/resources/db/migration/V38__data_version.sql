-- One number that goes up after every committed change to the records the public reads. Each node keeps the pages
-- and answers it has made for people who are not signed in under the number they were made at, and reads the
-- number again often enough that a change made on another node is seen within a second (web.PublicReads).
create table data_version (
    id      integer primary key,
    version bigint  not null,
    constraint data_version_one_row check (id = 1)
);

insert into data_version (id, version) values (1, 0);
