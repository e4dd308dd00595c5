-- Editors maintain partnerships: optimistic locking and who changed them when.
alter table partnership
    add column version bigint not null default 0,
    add column created_at timestamptz not null default now(),
    add column created_by varchar(254),
    add column updated_at timestamptz,
    add column updated_by varchar(254);
