-- Indexes for the country page, checked with EXPLAIN ANALYZE at 100 times the demo data.

-- The cluster landscape ranks a country's clusters by name once: read in index order
-- (and from the index alone), it needs no sort by collated name, which cost most of its time.
create index cluster_country_name_idx on cluster (country_id, name, id) include (region_id);

-- The documentation block reads a country's first documents in its order rather than
-- sorting all of them.
create index document_country_kind_title_idx on document (country_id, kind, title);
