-- Chinese search (search.ChineseText): PostgreSQL's parsers do not split Chinese into words, so
-- the portal segments the published Chinese texts of a row in Java and keeps the result here, in
-- the `simple` shape (no stemming), weighted like the English search_vector (name or title A,
-- lead, city or summary B, long text C). Written with the row by Hibernate
-- (search.ChineseSearchIndexer); NULL means not computed yet, which the portal makes good at
-- start-up (search.ChineseSearchBackfill), so rows written by SQL (demo content) are searchable too.
do $$
declare
    t text;
begin
    foreach t in array array['country', 'country_section', 'cluster', 'partnership', 'news_item', 'event',
                             'achievement', 'document']
    loop
        execute format('alter table %I add column search_vector_zh tsvector', t);
        execute format('create index %I on %I using gin (search_vector_zh)', t || '_search_zh_idx', t);
    end loop;
end
$$;
