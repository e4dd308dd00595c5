-- Translations of editable texts (editorial.Translations): per item, a JSON object by language
-- tag, each with its own publication status and its texts by field name:
--   {"zh-Hans": {"status": "PUBLISHED", "texts": {"lead": "…", "body": "…"}}}
-- English, the original, stays in the item's own columns. Kept in the same row, so that every
-- page loads an item's translations with it, and in the audit rows, so that Envers keeps their
-- history. A third language extends the check (and editorial.Language).
do $$
declare
    t text;
begin
    foreach t in array array['country', 'country_section', 'region', 'cluster', 'partnership', 'sector',
                             'technology_field', 'news_item', 'event', 'achievement', 'document']
    loop
        execute format('alter table %I add column translations jsonb not null default ''{}''', t);
        execute format('alter table %I add constraint %I check ('
                || 'jsonb_typeof(translations) = ''object'' and (translations - ''zh-Hans'') = ''{}''::jsonb'
                || ' and coalesce(translations #>> ''{zh-Hans,status}'', ''DRAFT'') in (''DRAFT'', ''PUBLISHED''))',
                t, t || '_translations_check');
        execute format('alter table %I add column translations jsonb', t || '_aud');
    end loop;
end
$$;
