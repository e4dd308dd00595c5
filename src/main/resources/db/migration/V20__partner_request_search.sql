-- Partner requests in the site search, as the other kinds (V1, V11, V13): the English title A, the English
-- description C. search_vector_zh holds the member's Chinese title and description, written by
-- search.ChineseSearchIndexer and, for rows written by SQL (bench/generate.sql), by search.ChineseSearchBackfill.
alter table partner_request add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title_en, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(description_en, '')), 'C')) stored;
create index partner_request_search_idx on partner_request using gin (search_vector);

alter table partner_request add column search_vector_zh tsvector;
create index partner_request_search_zh_idx on partner_request using gin (search_vector_zh);
