-- Fills a portal database (migrated, with or without the demo content) with about 100 times the
-- demo data, to measure how each page's cost grows with rows it does not show:
--   psql -v ON_ERROR_STOP=1 -d DB -f src/test/resources/scale/fill-100x.sql
-- 100 countries with 5 regions each, 20 000 clusters with 1-3 sectors and 1-2 technology fields,
-- 5 000 partnerships (1 200 targeting China) with 4 members each, 5 000 news items, 5 000 events,
-- 3 000 documents and 2 000 achievements. Run it once per database.
set search_path = portal;

insert into country (slug, name, introduction)
select 'scale-country-' || g, 'Scaleland ' || lpad(g::text, 3, '0'),
	'Scaleland ' || g || ' has an industrial policy supporting automobile, textile and digital clusters.'
from generate_series(1, 100) g;

insert into region (country_id, slug, name, position)
select c.id, c.slug || '-region-' || r, c.name || ' Region ' || r, r
from country c, generate_series(1, 5) r
where c.slug like 'scale-country-%';

insert into cluster (slug, name, country_id, region_id, city, description, website)
select 'scale-cluster-' || g,
	(array['Automobile', 'Textile', 'Digital', 'Food', 'Energy', 'Logistics', 'Health', 'Aerospace'])[1 + g % 8]
		|| ' Cluster ' || lpad(g::text, 5, '0'),
	r.country_id, case when g % 10 = 0 then null else r.id end,
	case when g % 7 = 0 then null else 'City ' || (g % 500) end,
	'A cluster of ' || (array['automobile suppliers', 'textile makers', 'software firms', 'food processors',
		'energy companies', 'logistics providers', 'health technology firms', 'aerospace suppliers'])[1 + g % 8]
		|| ' working with universities and SMEs on innovation, internationalisation and skills.',
	'https://cluster' || g || '.example.org'
from generate_series(1, 20000) g
join lateral (select id, country_id from region where slug like 'scale-country-%'
	order by id offset (g % 500) limit 1) r on true;

insert into cluster_sector (cluster_id, sector_id)
select distinct k.id, s.id
from cluster k
cross join generate_series(0, 2) i
join lateral (select id from sector order by id offset ((k.id + i * 7) % (select count(*) from sector)) limit 1) s on true
where k.slug like 'scale-cluster-%' and i <= k.id % 3;

insert into cluster_technology_field (cluster_id, technology_field_id)
select distinct k.id, f.id
from cluster k
cross join generate_series(0, 1) i
join lateral (select id from technology_field
	order by id offset ((k.id + i * 3) % (select count(*) from technology_field)) limit 1) f on true
where k.slug like 'scale-cluster-%' and i <= k.id % 2;

insert into partnership (acronym, name, description, smes_involved, partner_count)
select 'SCALE' || g, 'Scale partnership ' || lpad(g::text, 4, '0') || ' for automobile and textile innovation',
	'An ESCP-4i partnership ' || g || ' supporting SMEs going international.',
	case when g % 9 = 0 then null else g % 300 end, case when g % 11 = 0 then null else 3 + g % 20 end
from generate_series(1, 5000) g;

insert into partnership_member (partnership_id, cluster_id)
select distinct p.id, k.id
from partnership p
cross join generate_series(0, 3) i
join cluster k on k.slug = 'scale-cluster-' || (1 + (p.id * 4 + i * 4999) % 20000)
where p.acronym like 'SCALE%';

insert into partnership_target_country (partnership_id, country_id)
select p.id, c.id
from partnership p join country c on c.slug = 'china'
where p.acronym like 'SCALE%' and substring(p.acronym from 6)::int <= 1200;

insert into partnership_target_country (partnership_id, country_id)
select distinct p.id, c.id
from partnership p
join country c on c.slug = 'scale-country-' || (1 + p.id % 100)
where p.acronym like 'SCALE%';

insert into partnership_sector (partnership_id, sector_id)
select p.id, s.id
from partnership p
join lateral (select id from sector order by id offset (p.id % (select count(*) from sector)) limit 1) s on true
where p.acronym like 'SCALE%';

insert into partnership_technology_field (partnership_id, technology_field_id)
select p.id, f.id
from partnership p
join lateral (select id from technology_field
	order by id offset (p.id % (select count(*) from technology_field)) limit 1) f on true
where p.acronym like 'SCALE%';

insert into news_item (country_id, channel, title, published_on, summary)
select c.id, case when g % 3 = 0 then 'ESCP4I' else 'COUNTRY' end,
	'Scale news ' || g || ' on automobile and textile clusters', date '2026-11-01' - (g % 2000),
	'News item ' || g || ' about cluster cooperation.'
from generate_series(1, 5000) g
join country c on c.slug = case when g % 4 = 0 then 'china' else 'scale-country-' || (1 + g % 100) end;

insert into event (country_id, title, starts_on, location, summary)
select c.id, 'Scale event ' || g || ' on automobile matchmaking', date '2026-11-29' + (g % 1500) - 750,
	'City ' || (g % 50), 'Event ' || g || ' for cluster managers.'
from generate_series(1, 5000) g
join country c on c.slug = case when g % 4 = 0 then 'china' else 'scale-country-' || (1 + g % 100) end;

insert into document (country_id, title, kind, published_year, summary, url)
select c.id, 'Scale study ' || g || ' on the automobile sector',
	(array['BRIEFING', 'DISCUSSION_PAPER', 'STUDY', 'POLICY_DOCUMENT'])[1 + g % 4], 2000 + g % 26,
	'Document ' || g || ' about industrial policy.', 'https://docs.example.org/' || g
from generate_series(1, 3000) g
join country c on c.slug = case when g % 4 = 0 then 'china' else 'scale-country-' || (1 + g % 100) end;

insert into achievement (country_id, title, summary, start_year, end_year)
select c.id, 'Scale achievement ' || g, 'Achievement ' || g || ' in automobile cooperation.', 2010 + g % 10,
	2020 + g % 5
from generate_series(1, 2000) g
join country c on c.slug = case when g % 4 = 0 then 'china' else 'scale-country-' || (1 + g % 100) end;

analyze;
