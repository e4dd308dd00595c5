-- Members: people outside the editorial team who sign up to maintain their organisations'
-- profiles. They are accounts with the role MEMBER; a member's address must be confirmed
-- before they can sign in. Accounts made by admins (editors, admins) count as confirmed.
alter table account drop constraint account_role_check;
alter table account add constraint account_role_check check (role in ('EDITOR', 'ADMIN', 'MEMBER'));
alter table account add column email_confirmed_at timestamptz;
update account set email_confirmed_at = created_at;
-- the language of the pages the person registered on: the language of their mails
alter table account add column language varchar(10) not null default 'en';
alter table account add constraint account_language_check check (language in ('en', 'zh-Hans'));

-- An organisation made by a member waits (PENDING) until an editor validates it (PUBLISHED) or
-- refuses it (REFUSED, with a reason the member reads); editors can take a published one off the
-- public pages (UNPUBLISHED, with a reason). Only PUBLISHED organisations are on public pages.
-- Decisions, not content: the history of versions does not keep them.
alter table organisation add column status varchar(20) not null default 'PUBLISHED';
alter table organisation add constraint organisation_status_check
    check (status in ('PENDING', 'PUBLISHED', 'REFUSED', 'UNPUBLISHED'));
alter table organisation add column status_reason varchar(1000);
create index organisation_status_idx on organisation (status);

-- Who represents an organisation: a member who made its profile or asked to represent it. A
-- request waits (PENDING) for an editor, who validates it or refuses it with a reason. A member
-- can have several organisations and an organisation several members.
create table organisation_member (
    organisation_id     bigint        not null,
    account_id          bigint        not null,
    status              varchar(20)   not null default 'PENDING',
    -- what the member wrote to support a claim of an existing organisation
    request_note        varchar(2000),
    refusal_reason      varchar(1000),
    requested_at        timestamptz   not null default now(),
    decided_at          timestamptz,
    decided_by          varchar(254),
    constraint organisation_member_pkey primary key (organisation_id, account_id),
    constraint organisation_member_organisation_id_fkey
        foreign key (organisation_id) references organisation (id) on delete cascade,
    constraint organisation_member_account_id_fkey
        foreign key (account_id) references account (id) on delete cascade,
    constraint organisation_member_status_check check (status in ('PENDING', 'VALIDATED', 'REFUSED')),
    constraint organisation_member_refusal_check check (status <> 'REFUSED' or refusal_reason is not null)
);
create index organisation_member_account_idx on organisation_member (account_id);
create index organisation_member_pending_idx on organisation_member (requested_at) where status = 'PENDING';
