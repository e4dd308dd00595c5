-- Fills a portal database with N times the demo data, for the benchmark (bench/run) and for
-- checking query plans at scale. Run it after the portal's first start (Flyway migrations and
-- demo content done), once per database:
--
--   psql -h localhost -U postgres -d DB -v n=100 -f bench/generate.sql
--
-- N (default 100) gives about N countries, 200·N clusters in regions with sectors and
-- technology fields, 50·N partnerships of which 12·N target China (with members, target
-- countries, sectors and fields), 30·N news items, 20·N events, 10·N documents (a third with a
-- tiny PDF), 10·N achievements, 36·N organisations (a third with a sector, one in fifty among
-- those who can help) and 36·N members representing them, with 1.8·N profiles waiting for an
-- editor, and 50·N partner requests of theirs (a third targeting China, a sixth past their
-- deadline or closed, one in a hundred unpublished; English, Chinese or both), answered in 20·N
-- conversations of 10 messages each; a tenth of the clusters and organisations and a fifth of the
-- news are China's.
-- Every value is derived from row numbers, so two databases generated with the same N are
-- equal. No editorial history is written for generated rows (editing one starts its history).

\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 100
\endif

set search_path = portal;
begin;

do $$
begin
    if not exists (select 1 from country where slug = 'china') then
        raise exception 'no demo content: start the portal once with PORTAL_DEMO_CONTENT=true first';
    end if;
    if exists (select 1 from country where slug like 'bench-%') then
        raise exception 'this database is already generated';
    end if;
end $$;

create temporary table bench_word (k int primary key, word text) on commit drop;
insert into bench_word
select k - 1, w
from unnest(array['automobile', 'electronics', 'biomedicine', 'textile', 'logistics', 'aerospace',
                  'robotics', 'photonics', 'food', 'energy', 'software', 'materials']) with ordinality as t (w, k);

-- Taxonomies: about N/10 more divisions under each section.
insert into sector (code, name, parent_id)
select p.code || lpad(k::text, 2, '0'), 'Generated division ' || p.code || lpad(k::text, 2, '0') || ' of ' || p.name, p.id
from sector p
cross join generate_series(40, least(99, 39 + greatest(1, :n / 10))) as k
where p.parent_id is null
  and not exists (select 1 from sector s where s.code = p.code || lpad(k::text, 2, '0'));

insert into technology_field (code, name, parent_id)
select p.code || lpad(k::text, 2, '0'), 'Generated class ' || p.code || lpad(k::text, 2, '0') || ' of ' || p.name, p.id
from technology_field p
cross join generate_series(40, least(99, 39 + greatest(1, :n / 10))) as k
where p.parent_id is null
  and not exists (select 1 from technology_field t where t.code = p.code || lpad(k::text, 2, '0'));

create temporary table bench_sector on commit drop as
select (row_number() over (order by code)) - 1 as k, id from sector where parent_id is not null;
create temporary table bench_field on commit drop as
select (row_number() over (order by code)) - 1 as k, id from technology_field where parent_id is not null;

-- Countries, half of them with a written profile.
insert into country (slug, name, introduction, capital, currency_code, population, population_year,
                     area_km2, area_year, gdp_usd, gdp_year, gdp_per_capita_usd, gdp_per_capita_year)
select 'bench-country-' || i, 'Benchland ' || lpad(i::text, 4, '0'),
       case when i % 2 = 0 then 'Benchland ' || i || ' is a generated country whose clusters work in '
           || w.word || ' and in many other fields; its cluster policy supports international cooperation.' end,
       'Capital ' || i,
       (array['EUR', 'USD', 'JPY', 'GBP', 'CHF', 'CNY', 'BRL', 'CAD', 'EGP', 'MXN', 'MAD', 'PEN', 'SGD', 'TND',
              'INR', 'KRW', 'AUD', 'ZAR', 'SEK', 'PLN', 'THB', 'IDR', 'CLP', 'COP'])[1 + i % 24],
       1000000 + i * 7919, 2024, 10000 + i * 313, 2023, 1000000000::numeric * (1 + i % 500), 2024, 1000 + i * 17, 2024
from generate_series(1, :n) as i
join bench_word w on w.k = i % 12;

create temporary table bench_country on commit drop as
select (row_number() over (order by id)) - 1 as k, id from country where slug like 'bench-country-%';

insert into country_section (country_id, topic, lead, body)
select c.id, t.topic, 'Generated ' || lower(replace(t.topic, '_', ' ')) || ' of a benchmark country.',
       '### ' || initcap(lower(replace(t.topic, '_', ' '))) || E'\n\nA paragraph of generated text about clusters, '
           || 'their sectors and the cooperation opportunities they offer to European partners.'
from country c
cross join (values ('ECONOMIC_CONTEXT'), ('CLUSTER_COMMUNITY'), ('CLUSTER_POLICIES'), ('COOPERATION_OPPORTUNITIES')) as t (topic)
where c.slug like 'bench-country-%' and c.introduction is not null;

-- Five regions in every generated country and five more in China.
insert into region (country_id, slug, name, description, position)
select c.id, 'bench-region-' || c.id || '-' || k, 'Region ' || k || ' of ' || c.name,
       'A generated region of ' || c.name || '.', 100 + k
from country c
cross join generate_series(1, 5) as k
where c.slug like 'bench-country-%' or c.slug = 'china';

-- Clusters: every tenth in China, the others spread over the generated countries; one in seven
-- has no region.
create temporary table bench_cluster_plan on commit drop as
select i,
       case when i % 10 = 0 then (select id from country where slug = 'china')
            else (select id from bench_country where k = (i * 7919) % :n) end as country_id,
       1 + (i / 10) % 5 as region_k,
       i % 7 = 0 as without_region
from generate_series(1, 200 * :n) as i;

insert into cluster (slug, name, country_id, region_id, city, description, website)
select 'bench-cluster-' || p.i,
       initcap(w.word) || ' cluster ' || p.i,
       p.country_id,
       case when not p.without_region then r.id end,
       'City ' || (p.i % 997),
       'A generated cluster of ' || w.word || ' companies, research centres and universities in City '
           || (p.i % 997) || ', working on ' || w2.word || ' and ' || w.word
           || ' projects with partners abroad and supporting small and medium-sized enterprises.',
       case when p.i % 2 = 0 then 'https://cluster-' || p.i || '.example.org' end
from bench_cluster_plan p
join bench_word w on w.k = p.i % 12
join bench_word w2 on w2.k = (p.i / 12) % 12
join region r on r.slug = 'bench-region-' || p.country_id || '-' || p.region_k;

create temporary table bench_cluster on commit drop as
select (row_number() over (order by id)) - 1 as k, id from cluster where slug like 'bench-cluster-%';

insert into cluster_sector (cluster_id, sector_id)
select c.id, s.id
from bench_cluster c
cross join generate_series(0, 1) as j
join bench_sector s on s.k = (c.k * (1 + 6 * j)) % (select count(*) from bench_sector)
where j = 0 or c.k % 3 = 0
on conflict do nothing;

insert into cluster_technology_field (cluster_id, technology_field_id)
select c.id, f.id
from bench_cluster c
join bench_field f on f.k = c.k % (select count(*) from bench_field)
where c.k % 2 = 0;

-- Partnerships: the first 12·N target China (and up to two more countries), the others one to
-- three generated countries; three to six member clusters each.
insert into partnership (acronym, name, description, smes_involved, partner_count)
select 'BP' || j, 'Benchmark ' || w.word || ' partnership ' || j,
       'A generated European Strategic Cluster Partnership for Going International in ' || w.word
           || ', with clusters that help small and medium-sized enterprises find partners abroad.',
       case when j % 11 <> 0 then (j * 37) % 900 end,
       3 + j % 6
from generate_series(1, 50 * :n) as j
join bench_word w on w.k = j % 12;

create temporary table bench_partnership on commit drop as
select (row_number() over (order by id)) as j, id from partnership where acronym like 'BP%' and acronym ~ '^BP[0-9]+$';

insert into partnership_target_country (partnership_id, country_id)
select p.id, (select id from country where slug = 'china')
from bench_partnership p
where p.j <= 12 * :n;

insert into partnership_target_country (partnership_id, country_id)
select p.id, c.id
from bench_partnership p
cross join generate_series(0, 2) as t (m)
join bench_country c on c.k = (p.j * 13 + m * 31) % :n
where m < case when p.j <= 12 * :n then p.j % 3 else 1 + p.j % 3 end
on conflict do nothing;

insert into partnership_member (partnership_id, cluster_id)
select p.id, c.id
from bench_partnership p
cross join generate_series(0, 5) as t (m)
join bench_cluster c on c.k = (p.j * 101 + m * 997) % (200 * :n)
where m < 3 + p.j % 4
on conflict do nothing;

insert into partnership_sector (partnership_id, sector_id)
select p.id, s.id
from bench_partnership p
cross join generate_series(0, 1) as t (m)
join bench_sector s on s.k = (p.j * 5 + m * 11) % (select count(*) from bench_sector)
where m = 0 or p.j % 2 = 0
on conflict do nothing;

insert into partnership_technology_field (partnership_id, technology_field_id)
select p.id, f.id
from bench_partnership p
join bench_field f on f.k = p.j % (select count(*) from bench_field);

-- Content blocks: a fifth of the news in China; every fourth news item is ESCP-4i news about a
-- partnership that targets China; one in seventeen is a draft.
insert into news_item (country_id, channel, title, published_on, summary, url, partnership_id, status)
select case when i % 5 = 0 then (select id from country where slug = 'china')
            else (select id from bench_country where k = (i * 31) % :n) end,
       case when i % 4 = 0 then 'ESCP4I' else 'COUNTRY' end,
       'Generated news about ' || w.word || ' number ' || i,
       current_date - (i % 2000),
       'A short generated summary of news item ' || i || ' on ' || w.word || ' clusters and their partners.',
       case when i % 3 = 0 then 'https://news.example.org/' || i end,
       case when i % 4 = 0 then (select id from bench_partnership where j = 1 + (i * 7) % (12 * :n)) end,
       case when i % 17 = 0 then 'DRAFT' else 'PUBLISHED' end
from generate_series(1, 30 * :n) as i
join bench_word w on w.k = i % 12;

insert into event (country_id, title, starts_on, ends_on, location, online_url, summary, kind, audience, status)
select case when i % 5 = 0 then (select id from country where slug = 'china')
            else (select id from bench_country where k = (i * 17) % :n) end,
       'Generated ' || w.word || ' event ' || i,
       current_date + (i % 730) - 365,
       case when i % 3 = 0 then current_date + (i % 730) - 365 + (i % 4) end,
       case when i % 4 <> 0 then 'City ' || (i % 997) end,
       case when i % 4 = 0 then 'https://events.example.org/' || i end,
       'A generated event for ' || w.word || ' clusters and small and medium-sized enterprises.',
       (array['CONFERENCE', 'WORKSHOP', 'MATCHMAKING', 'WEBINAR', 'TRADE_MISSION', 'INFO_DAY', 'OTHER'])[1 + i % 7],
       (array['EVERYONE', 'CLUSTER_ORGANISATIONS', 'SMES', 'POLICY_MAKERS', 'RESEARCHERS'])[1 + i % 5],
       case when i % 19 = 0 then 'DRAFT' else 'PUBLISHED' end
from generate_series(1, 20 * :n) as i
join bench_word w on w.k = i % 12;

insert into achievement (country_id, title, summary, start_year, end_year, url, status)
select case when i % 5 = 0 then (select id from country where slug = 'china')
            else (select id from bench_country where k = (i * 23) % :n) end,
       'Generated ' || w.word || ' achievement ' || i,
       'What a generated cooperation project on ' || w.word || ' achieved.',
       2010 + i % 15,
       case when i % 2 = 0 then 2010 + i % 15 + i % 4 end,
       case when i % 3 = 0 then 'https://achievements.example.org/' || i end,
       case when i % 13 = 0 then 'DRAFT' else 'PUBLISHED' end
from generate_series(1, 10 * :n) as i
join bench_word w on w.k = i % 12;

-- Documents: a third with a tiny PDF kept in the database, the others with a link or nothing.
insert into document_file (file_name, media_type, size_bytes, sha256, uploaded_at)
select 'bench-document-' || i || '.pdf', 'application/pdf', length(b), encode(sha256(b), 'hex'), now()
from generate_series(3, 10 * :n, 3) as i
cross join lateral (select convert_to('%PDF-1.4' || E'\n% generated document ' || i || E'\n%%EOF\n', 'UTF8') as b) as pdf;

insert into document_file_chunk (file_id, position, data)
select f.id, 0, convert_to('%PDF-1.4' || E'\n% generated document ' || substring(f.file_name from '[0-9]+') || E'\n%%EOF\n', 'UTF8')
from document_file f
where f.file_name like 'bench-document-%';

insert into document (country_id, title, kind, published_year, published_on, summary, url, file_id, status)
select case when i % 5 = 0 then (select id from country where slug = 'china')
            else (select id from bench_country where k = (i * 29) % :n) end,
       'Generated ' || w.word || ' document ' || i,
       (array['BRIEFING', 'DISCUSSION_PAPER', 'STUDY', 'POLICY_DOCUMENT'])[1 + i % 4],
       case when i % 2 = 0 then 2000 + i % 26 end,
       case when i % 2 = 1 then current_date - (i % 3000) end,
       'A generated ' || w.word || ' document for the benchmark.',
       case when i % 3 = 1 then 'https://documents.example.org/' || i end,
       (select id from document_file where file_name = 'bench-document-' || i || '.pdf'),
       case when i % 23 = 0 then 'DRAFT' else 'PUBLISHED' end
from generate_series(1, 10 * :n) as i
join bench_word w on w.k = i % 12;

insert into organisation (slug, name, type, country_id, website, offers_help)
select 'bench-organisation-' || i, 'Generated ' || w.word || ' organisation ' || i,
       (array['GOVERNMENT_BODY', 'AGENCY', 'ASSOCIATION', 'CHAMBER_OF_COMMERCE', 'RESEARCH_ORGANISATION', 'UNIVERSITY',
              'CLUSTER_ORGANISATION', 'COMPANY', 'OTHER'])[1 + i % 9],
       case when i % 10 = 0 then (select id from country where slug = 'china')
            else (select id from bench_country where k = (i * 31) % :n) end,
       'https://organisations.example.org/' || i, i % 50 = 0
from generate_series(1, 36 * :n) as i
join bench_word w on w.k = i % 12;

insert into organisation_sector (organisation_id, sector_id)
select o.id, (select id from sector where code = (array['C29', 'D35', 'J62'])[1 + o.id % 3])
from organisation o
where o.slug like 'bench-organisation-%' and o.id % 3 = 0;

-- Members: one for every generated organisation, confirmed, representing it (a tenth of them
-- still waiting for an editor), and a profile of their own waiting for every twentieth; the
-- password hash is one no password matches.
insert into account (email, display_name, password_hash, role, email_confirmed_at, language)
select 'bench-member-' || i || '@example.org', 'Generated member ' || i, '{noop}-', 'MEMBER', now(),
       case when i % 10 = 0 then 'zh-Hans' else 'en' end
from generate_series(1, 36 * :n) as i;

insert into organisation_member (organisation_id, account_id, kind, status, decided_at, decided_by)
select o.id, a.id, 'CLAIM', case when o.id % 10 = 0 then 'PENDING' else 'VALIDATED' end,
       case when o.id % 10 = 0 then null else now() end, case when o.id % 10 = 0 then null else 'bench' end
from organisation o
join account a on a.email = 'bench-member-' || substring(o.slug from 'bench-organisation-(\d+)') || '@example.org'
where o.slug like 'bench-organisation-%';

insert into organisation (slug, name, type, country_id, status)
select 'bench-pending-organisation-' || i, 'Pending ' || w.word || ' organisation ' || i, 'COMPANY',
       (select id from country where slug = 'china'), 'PENDING'
from generate_series(20, 36 * :n, 20) as i
join bench_word w on w.k = i % 12;

insert into organisation_member (organisation_id, account_id, kind)
select o.id, a.id, 'PROFILE'
from organisation o
join account a on a.email = 'bench-member-' || substring(o.slug from 'bench-pending-organisation-(\d+)') || '@example.org'
where o.slug like 'bench-pending-organisation-%';

-- Partner requests: their Chinese search vectors are computed by the portal at its next start
-- (search.ChineseSearchBackfill).
insert into partner_request (organisation_id, direction, kind, title_en, description_en, title_zh, description_zh,
                             deadline, closed_at, status, status_reason, created_at)
select o.id, case when i % 4 = 0 then 'OFFER' else 'REQUEST' end,
       (array['TECHNOLOGY_PARTNER', 'RESEARCH_PARTNER', 'DISTRIBUTOR_OR_AGENT', 'INVESTOR', 'SUPPLIER',
              'CLUSTER_COOPERATION', 'EVENT_OR_CALL_PARTNER'])[1 + i % 7],
       case when i % 3 <> 1 then 'Generated ' || w.word || ' partner request ' || i end,
       case when i % 3 <> 1 then 'A generated ' || w.word || ' partner request for the benchmark.' || E'\n\n'
                                 || 'Its second paragraph.' end,
       case when i % 3 <> 2 then '生成的合作需求' || i end,
       case when i % 3 <> 2 then '用于性能测试的合作需求。' end,
       current_date + (i % 120) - 20, case when i % 13 = 0 then now() end,
       case when i % 100 = 0 then 'UNPUBLISHED' else 'PUBLISHED' end,
       case when i % 100 = 0 then 'Generated for the benchmark' end,
       now() - make_interval(hours => i)
from generate_series(1, 50 * :n) as i
join bench_word w on w.k = i % 12
join organisation o on o.slug = 'bench-organisation-' || (1 + (i * 7) % (36 * :n))
order by i;

insert into partner_request_country (partner_request_id, country_id)
select r.id, case when r.id % 3 = 0 then (select id from country where slug = 'china')
                  else (select id from bench_country where k = (r.id * 17) % :n) end
from partner_request r;

insert into partner_request_sector (partner_request_id, sector_id)
select r.id, (select id from bench_sector where k = r.id % (select count(*) from bench_sector))
from partner_request r;

insert into partner_request_technology_field (partner_request_id, technology_field_id)
select r.id, (select id from bench_field where k = r.id % (select count(*) from bench_field))
from partner_request r
where r.id % 2 = 0;

-- Each request posted by the member of its organisation.
update partner_request r set poster_id = a.id
from organisation o
join account a on a.email = 'bench-member-' || substring(o.slug from 'bench-organisation-(\d+)') || '@example.org'
where o.id = r.organisation_id;

-- Conversations: two answers to every fifth request, from members of other organisations, of ten
-- messages each, the two sides taking turns; the poster has read all but the last.
insert into conversation (partner_request_id, poster_id, sender_id, created_at, last_message_at)
select r.id, r.poster_id, a.id, r.created_at + make_interval(hours => s), r.created_at + make_interval(hours => s + 9)
from partner_request r
cross join generate_series(1, 2) as s
join account a on a.email = 'bench-member-' || (1 + (r.id * 11 + s * 5) % (36 * :n)) || '@example.org'
where r.id % 5 = 0 and r.poster_id is not null and a.id <> r.poster_id;

insert into message (conversation_id, sender_id, body, created_at)
select c.id, case when m % 2 = 1 then c.sender_id else c.poster_id end,
       'Generated message ' || m || ' of conversation ' || c.id || E'.\n\nWith a second paragraph.',
       c.created_at + make_interval(hours => m - 1)
from conversation c
cross join generate_series(1, 10) as m
order by c.id, m;

update conversation c set poster_read_id = (select max(id) from message where conversation_id = c.id) - 1,
                          sender_read_id = (select max(id) from message where conversation_id = c.id);

commit;

-- Statistics for the planner, as after the demo content.
analyze;

select (select count(*) from country) as countries, (select count(*) from region) as regions,
       (select count(*) from cluster) as clusters, (select count(*) from partnership) as partnerships,
       (select count(*) from partnership_target_country t join country c on c.id = t.country_id
        where c.slug = 'china') as targeting_china,
       (select count(*) from news_item) as news, (select count(*) from event) as events,
       (select count(*) from document) as documents, (select count(*) from achievement) as achievements,
       (select count(*) from organisation) as organisations,
       (select count(*) from account where role = 'MEMBER') as members,
       (select count(*) from partner_request) as partner_requests,
       (select count(*) from conversation) as conversations, (select count(*) from message) as messages;
