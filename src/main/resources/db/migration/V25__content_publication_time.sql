-- When a news item, event, document or achievement was first published: a digest lists what became
-- public in its period, also what an editor drafted before it and published in it (created_at says
-- when the draft was begun). A draft has none until it is published; a row written without one
-- (the demo content, published by default) counts as published when it is written.
alter table news_item add column published_at timestamptz default now();
alter table event add column published_at timestamptz default now();
alter table document add column published_at timestamptz default now();
alter table achievement add column published_at timestamptz default now();

update news_item set published_at = case when status = 'PUBLISHED' then created_at end;
update event set published_at = case when status = 'PUBLISHED' then created_at end;
update document set published_at = case when status = 'PUBLISHED' then created_at end;
update achievement set published_at = case when status = 'PUBLISHED' then created_at end;

-- The digests' look-up: what was published in a period.
create index news_item_published_at_idx on news_item (published_at) where status = 'PUBLISHED';
create index event_published_at_idx on event (published_at) where status = 'PUBLISHED';
create index document_published_at_idx on document (published_at) where status = 'PUBLISHED';
