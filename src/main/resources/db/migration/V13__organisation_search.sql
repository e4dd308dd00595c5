-- Organisations in the site search, indexed as the other kinds (V1, V11): the English name A, the type and the city
-- B, the description C. The type's words are its value's ("CHAMBER_OF_COMMERCE": chamber of commerce); "other" is a
-- stop word and names none. search_vector_zh is written by search.ChineseSearchIndexer and, for rows written by SQL,
-- by search.ChineseSearchBackfill at start-up.
alter table organisation add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', name), 'A') ||
    setweight(to_tsvector('english', replace(lower(type), '_', ' ')), 'B') ||
    setweight(to_tsvector('english', coalesce(city, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored;
create index organisation_search_idx on organisation using gin (search_vector);

alter table organisation add column search_vector_zh tsvector;
create index organisation_search_zh_idx on organisation using gin (search_vector_zh);
