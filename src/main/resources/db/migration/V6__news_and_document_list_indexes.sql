-- The news list (/news) and the document library (/documents) show 20 published rows at a time,
-- newest first. These partial indexes hold the published rows in that order, so a page is read
-- from an index instead of sorting every row, with or without a country.

create index news_item_published_idx on news_item (published_on desc, id desc) where status = 'PUBLISHED';
create index news_item_country_published_idx on news_item (country_id, published_on desc, id desc)
    where status = 'PUBLISHED';
-- A country and a channel together (a country's ESCP-4i news) would otherwise sort all of the country's news.
create index news_item_country_channel_published_idx
    on news_item (country_id, channel, published_on desc, id desc) where status = 'PUBLISHED';

-- A document of which only the year is known sorts as of 1 January of that year; undated ones last.
create index document_published_idx
    on document ((coalesce(published_on, make_date(published_year, 1, 1))) desc nulls last, id desc)
    where status = 'PUBLISHED';
create index document_country_published_idx
    on document (country_id, (coalesce(published_on, make_date(published_year, 1, 1))) desc nulls last, id desc)
    where status = 'PUBLISHED';
