-- Editors maintain regions and clusters: optimistic locking, who changed them when, and
-- their revision history, a cluster's sectors and technology fields included.

alter table region
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);

alter table cluster
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);

create table region_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint,
    country_id   bigint,
    slug         varchar(80),
    name         varchar(160),
    description  text,
    position     integer,
    primary key (id, rev)
);

create table cluster_aud (
    id           bigint   not null,
    rev          bigint   not null references revision (id),
    revtype      smallint,
    slug         varchar(120),
    name         varchar(200),
    country_id   bigint,
    region_id    bigint,
    city         varchar(120),
    description  text,
    website      varchar(500),
    primary key (id, rev)
);

create table cluster_sector_aud (
    rev         bigint   not null references revision (id),
    revtype     smallint,
    cluster_id  bigint   not null,
    sector_id   bigint   not null,
    primary key (rev, cluster_id, sector_id)
);

create table cluster_technology_field_aud (
    rev                  bigint   not null references revision (id),
    revtype              smallint,
    cluster_id           bigint   not null,
    technology_field_id  bigint   not null,
    primary key (rev, cluster_id, technology_field_id)
);

-- The regions and clusters as they are now become their first saved version: an editor can
-- go back to it after the first change, and an earlier version of a cluster finds its region
-- (the history looks a region up as it was at that revision).
insert into revision (timestamp)
select (extract(epoch from now()) * 1000)::bigint
where exists (select 1 from region) or exists (select 1 from cluster);

insert into region_aud (id, rev, revtype, country_id, slug, name, description, position)
select id, (select max(id) from revision), 0, country_id, slug, name, description, position from region;

insert into cluster_aud (id, rev, revtype, slug, name, country_id, region_id, city, description, website)
select id, (select max(id) from revision), 0, slug, name, country_id, region_id, city, description, website
from cluster;

insert into cluster_sector_aud (rev, revtype, cluster_id, sector_id)
select (select max(id) from revision), 0, cluster_id, sector_id from cluster_sector;

insert into cluster_technology_field_aud (rev, revtype, cluster_id, technology_field_id)
select (select max(id) from revision), 0, cluster_id, technology_field_id from cluster_technology_field;
