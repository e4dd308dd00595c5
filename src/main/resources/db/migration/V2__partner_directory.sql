-- What the partner directories need: clusters' technology fields and websites, the
-- clusters taking part in a partnership, and news about a partnership.

alter table cluster add column website varchar(500) check (website ~ '^https?://');

create table cluster_technology_field (
    cluster_id          bigint not null references cluster (id) on delete cascade,
    technology_field_id bigint not null references technology_field (id),
    primary key (cluster_id, technology_field_id)
);
create index cluster_technology_field_field_idx on cluster_technology_field (technology_field_id);

create table partnership_member (
    partnership_id  bigint not null references partnership (id) on delete cascade,
    cluster_id      bigint not null references cluster (id),
    primary key (partnership_id, cluster_id)
);
create index partnership_member_cluster_idx on partnership_member (cluster_id);

-- ESCP-4i news may concern one partnership; it stays when the partnership goes.
alter table news_item add column partnership_id bigint references partnership (id) on delete set null;
create index news_item_partnership_idx on news_item (partnership_id, published_on desc);
