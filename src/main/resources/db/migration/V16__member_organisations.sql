-- Whether a member made the organisation's profile or asked to represent one already
-- published: the editors' queue and the member's list say which.
alter table organisation_member add column kind varchar(10) not null default 'CLAIM';
alter table organisation_member add constraint organisation_member_kind_check check (kind in ('PROFILE', 'CLAIM'));
create index organisation_member_account_pending_idx on organisation_member (account_id) where status = 'PENDING';

-- The organisations a member changed since an editor last looked ("changed by members"): one
-- row per organisation, the latest change; an editor marking it seen removes it. Not part of
-- the organisation's row, so that marking it seen changes no public page.
create table organisation_member_change (
    organisation_id bigint       not null,
    account_id      bigint,
    changed_at      timestamptz  not null,
    constraint organisation_member_change_pkey primary key (organisation_id),
    constraint organisation_member_change_organisation_id_fkey
        foreign key (organisation_id) references organisation (id) on delete cascade,
    -- a deleted member's change stays listed, without them
    constraint organisation_member_change_account_id_fkey
        foreign key (account_id) references account (id) on delete set null
);
create index organisation_member_change_changed_at_idx on organisation_member_change (changed_at);
