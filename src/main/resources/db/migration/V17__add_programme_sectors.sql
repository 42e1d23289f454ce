-- The sectors an initiative touches (municipalities, regions, general practice ...), so that overviews can show the
-- national initiatives that concern a chosen sector.
create table programme_sector (
    programme_id      bigint      not null references programme (id),
    organisation_type varchar(30) not null,
    primary key (programme_id, organisation_type)
);
