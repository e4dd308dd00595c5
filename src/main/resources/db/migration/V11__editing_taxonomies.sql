-- Editors maintain the sectors and technology fields: optimistic locking, who changed a
-- term when, and each term's revision history.
alter table sector
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);

alter table technology_field
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);

create table sector_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    code        varchar(10),
    name        varchar(200),
    parent_id   bigint,
    primary key (id, rev)
);

create table technology_field_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    code        varchar(10),
    name        varchar(200),
    parent_id   bigint,
    primary key (id, rev)
);

-- The terms as they are before anyone edits them are the first revision of each, so that
-- an editor can undo even the first change.
with baseline as (
    insert into revision (timestamp)
    select (extract(epoch from now()) * 1000)::bigint
    where exists (select 1 from sector)
    returning id
)
insert into sector_aud (id, rev, revtype, code, name, parent_id)
select s.id, b.id, 0, s.code, s.name, s.parent_id
from sector s cross join baseline b;

with baseline as (
    insert into revision (timestamp)
    select (extract(epoch from now()) * 1000)::bigint
    where exists (select 1 from technology_field)
    returning id
)
insert into technology_field_aud (id, rev, revtype, code, name, parent_id)
select t.id, b.id, 0, t.code, t.name, t.parent_id
from technology_field t cross join baseline b;
