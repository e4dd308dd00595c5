-- Revision history (Envers) of partnerships, with their technology fields, sectors,
-- targeted countries and member clusters, and of countries' names, introductions and key
-- facts. Editors restore an earlier revision as a new one.

create table partnership_aud (
    id              bigint   not null,
    rev             bigint   not null references revision (id),
    revtype         smallint,
    acronym         varchar(40),
    name            varchar(200),
    description     text,
    smes_involved   integer,
    partner_count   integer,
    primary key (id, rev)
);

create table partnership_technology_field_aud (
    rev                 bigint   not null references revision (id),
    revtype             smallint,
    partnership_id      bigint   not null,
    technology_field_id bigint   not null,
    primary key (rev, partnership_id, technology_field_id)
);

create table partnership_sector_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint,
    partnership_id  bigint   not null,
    sector_id       bigint   not null,
    primary key (rev, partnership_id, sector_id)
);

create table partnership_target_country_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint,
    partnership_id  bigint   not null,
    country_id      bigint   not null,
    primary key (rev, partnership_id, country_id)
);

create table partnership_member_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint,
    partnership_id  bigint   not null,
    cluster_id      bigint   not null,
    primary key (rev, partnership_id, cluster_id)
);

create table country_aud (
    id                      bigint   not null,
    rev                     bigint   not null references revision (id),
    revtype                 smallint,
    slug                    varchar(80),
    name                    varchar(120),
    introduction            text,
    capital                 varchar(120),
    currency_code           varchar(3),
    population              numeric(15, 0),
    population_year         integer,
    population_source       varchar(300),
    area_km2                numeric(12, 0),
    area_year               integer,
    area_source             varchar(300),
    gdp_usd                 numeric(20, 0),
    gdp_year                integer,
    gdp_source              varchar(300),
    gdp_per_capita_usd      numeric(12, 0),
    gdp_per_capita_year     integer,
    gdp_per_capita_source   varchar(300),
    primary key (id, rev)
);

-- The history starts with the partnerships and countries as they are now, in one revision
-- without an author, so that an editor can undo even the first change made through a form.
insert into revision (timestamp, author)
select (extract(epoch from clock_timestamp()) * 1000)::bigint, null
where exists (select 1 from partnership) or exists (select 1 from country);

insert into partnership_aud (id, rev, revtype, acronym, name, description, smes_involved, partner_count)
select id, (select max(id) from revision), 0, acronym, name, description, smes_involved, partner_count
from partnership;

insert into partnership_technology_field_aud (rev, revtype, partnership_id, technology_field_id)
select (select max(id) from revision), 0, partnership_id, technology_field_id from partnership_technology_field;

insert into partnership_sector_aud (rev, revtype, partnership_id, sector_id)
select (select max(id) from revision), 0, partnership_id, sector_id from partnership_sector;

insert into partnership_target_country_aud (rev, revtype, partnership_id, country_id)
select (select max(id) from revision), 0, partnership_id, country_id from partnership_target_country;

insert into partnership_member_aud (rev, revtype, partnership_id, cluster_id)
select (select max(id) from revision), 0, partnership_id, cluster_id from partnership_member;

insert into country_aud (id, rev, revtype, slug, name, introduction, capital, currency_code,
                         population, population_year, population_source, area_km2, area_year, area_source,
                         gdp_usd, gdp_year, gdp_source, gdp_per_capita_usd, gdp_per_capita_year, gdp_per_capita_source)
select id, (select max(id) from revision), 0, slug, name, introduction, capital, currency_code,
       population, population_year, population_source, area_km2, area_year, area_source,
       gdp_usd, gdp_year, gdp_source, gdp_per_capita_usd, gdp_per_capita_year, gdp_per_capita_source
from country;
