-- Site search: each searchable table gets a tsvector that PostgreSQL keeps up to date and a
-- GIN index on it. Weights rank a hit in a name or title (A) above one in a lead, city or
-- summary (B) and one in a long text (C). No entity maps these columns; SearchRepository
-- queries them with native SQL.

alter table country add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', name), 'A') ||
    setweight(to_tsvector('english', coalesce(introduction, '')), 'B')) stored;
create index country_search_idx on country using gin (search_vector);

alter table country_section add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', lead), 'B') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'C')) stored;
create index country_section_search_idx on country_section using gin (search_vector);

alter table cluster add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', name), 'A') ||
    setweight(to_tsvector('english', coalesce(city, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored;
create index cluster_search_idx on cluster using gin (search_vector);

alter table partnership add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', acronym), 'A') ||
    setweight(to_tsvector('english', name), 'A') ||
    setweight(to_tsvector('english', coalesce(description, '')), 'C')) stored;
create index partnership_search_idx on partnership using gin (search_vector);

alter table news_item add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored;
create index news_item_search_idx on news_item using gin (search_vector);

alter table event add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(location, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'C')) stored;
create index event_search_idx on event using gin (search_vector);

alter table document add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored;
create index document_search_idx on document using gin (search_vector);

alter table achievement add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') ||
    setweight(to_tsvector('english', coalesce(summary, '')), 'B')) stored;
create index achievement_search_idx on achievement using gin (search_vector);
