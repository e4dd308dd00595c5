-- Events can be filtered by type and by the audience they are for.
alter table event
    add column kind varchar(30) not null default 'OTHER'
        check (kind in ('CONFERENCE', 'WORKSHOP', 'MATCHMAKING', 'WEBINAR', 'TRADE_MISSION', 'INFO_DAY', 'OTHER')),
    add column audience varchar(30) not null default 'EVERYONE'
        check (audience in ('EVERYONE', 'CLUSTER_ORGANISATIONS', 'SMES', 'POLICY_MAKERS', 'RESEARCHERS'));
create index event_starts_on_idx on event (starts_on);
