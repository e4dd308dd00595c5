-- The public directories show 20 rows at a time in the orders of ClusterSort and PartnershipSort.
-- An index in each order lets a page be read from the index instead of sorting every cluster or
-- partnership. Each sort ends with the same tie-breakers as the queries (name, then slug; acronym).

create index cluster_name_slug_idx on cluster (name, slug);
create index cluster_name_desc_slug_idx on cluster (name desc nulls last, slug);
create index cluster_city_name_slug_idx on cluster (city, name, slug);
create index cluster_city_desc_name_slug_idx on cluster (city desc nulls last, name, slug);

create index partnership_smes_involved_idx on partnership (smes_involved desc nulls last, acronym);
create index partnership_partner_count_idx on partnership (partner_count desc nulls last, acronym);
