-- Editors change countries' key facts and text sections: optimistic locking, who changed
-- them when, and the sections' revision history.

alter table country
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);

alter table country_section
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);

create table country_section_aud (
    id          bigint   not null,
    rev         bigint   not null references revision (id),
    revtype     smallint,
    country_id  bigint,
    topic       varchar(40),
    lead        text,
    body        text,
    primary key (id, rev)
);
