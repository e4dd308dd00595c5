-- About 100 times the demo data, on top of it, for measuring the country page at scale:
-- 100 countries with 4 regions each, 20 000 clusters (2 000 in China) with sectors and
-- technology fields, 5 000 partnerships (1 200 targeting China) with members and terms,
-- and thousands of news items, events, documents and achievements about China.
insert into country (slug, name)
select 'scale-country-' || i, 'Scale country ' || i from generate_series(1, 100) i;

insert into region (country_id, slug, name, position, description)
select c.id, c.slug || '-region-' || r, c.name || ' region ' || r, 100 + r, 'A *region* of ' || c.name
from country c, generate_series(1, 4) r
where c.slug like 'scale-country-%' or c.slug = 'china';

insert into cluster (slug, name, country_id, region_id, city, description)
select 'scale-cluster-' || i, 'Scale cluster ' || i, r.country_id, r.id, 'City ' || i,
       'A cluster of **companies** number ' || i
from generate_series(1, 20000) i
join (select row_number() over (order by id) - 1 as n, id, country_id from region
      where slug like 'scale-country-%' or slug like 'china-region-%') r
  on r.n = i % (select count(*) from region where slug like 'scale-country-%' or slug like 'china-region-%');

-- a tenth of all clusters are in China's new regions
update cluster set country_id = (select id from country where slug = 'china'),
                   region_id = (select r.id from region r where r.slug = 'china-region-' || (1 + cluster.id % 4))
where slug like 'scale-cluster-%' and id % 10 = 0;

insert into cluster_sector (cluster_id, sector_id)
select k.id, s.id from cluster k
join (select id, row_number() over (order by code) - 1 as n from sector where parent_id is not null) s
  on s.n in (k.id % 20, (k.id + 7) % 20)
where k.slug like 'scale-cluster-%';

insert into cluster_technology_field (cluster_id, technology_field_id)
select k.id, t.id from cluster k
join (select id, row_number() over (order by code) - 1 as n from technology_field where parent_id is not null) t
  on t.n = k.id % 10
where k.slug like 'scale-cluster-%';

insert into partnership (acronym, name, smes_involved, partner_count)
select 'SCALE' || i, 'Scale partnership ' || i, case when i % 7 = 0 then null else i % 900 end, 2 + i % 9
from generate_series(1, 5000) i;

insert into partnership_target_country (partnership_id, country_id)
select p.id, c.id from partnership p
join country c on c.slug = case when substr(p.acronym, 6)::int % 25 < 6 then 'china'
                               else 'scale-country-' || (1 + substr(p.acronym, 6)::int % 100) end
where p.acronym like 'SCALE%';

insert into partnership_target_country (partnership_id, country_id)
select p.id, c.id from partnership p join country c on c.slug = 'scale-country-' || (1 + substr(p.acronym, 6)::int % 97)
where p.acronym like 'SCALE%'
on conflict do nothing;

insert into partnership_sector (partnership_id, sector_id)
select p.id, s.id from partnership p
join (select id, row_number() over (order by code) - 1 as n from sector where parent_id is not null) s
  on s.n in (p.id % 20, (p.id + 3) % 20)
where p.acronym like 'SCALE%';

insert into partnership_technology_field (partnership_id, technology_field_id)
select p.id, t.id from partnership p
join (select id, row_number() over (order by code) - 1 as n from technology_field where parent_id is not null) t
  on t.n in (p.id % 10, (p.id + 1) % 10)
where p.acronym like 'SCALE%';

insert into partnership_member (partnership_id, cluster_id)
select p.id, k.id from partnership p
join cluster k on k.slug in ('scale-cluster-' || (1 + substr(p.acronym, 6)::int * 4 % 20000),
                             'scale-cluster-' || (1 + (substr(p.acronym, 6)::int * 4 + 1) % 20000))
where p.acronym like 'SCALE%';

insert into news_item (country_id, channel, title, published_on, summary)
select c.id, case when i % 3 = 0 then 'ESCP4I' else 'COUNTRY' end, 'Scale news ' || i, current_date - i % 3000,
       'What happened ' || i
from country c, generate_series(1, 3000) i where c.slug = 'china';

insert into event (country_id, title, starts_on, ends_on, location, summary)
select c.id, 'Scale event ' || i, current_date + (i - 1500), current_date + (i - 1500) + 2, 'Xi''an', 'Meet ' || i
from country c, generate_series(1, 3000) i where c.slug = 'china';

insert into document_file (file_name, media_type, size_bytes, sha256, uploaded_at)
select 'scale-study-' || i || '.pdf', 'application/pdf', 1000 * i, repeat('0', 64), now()
from generate_series(1, 2000) i;

insert into document (country_id, title, kind, file_id, published_year, summary)
select c.id, 'Scale study ' || f.id, 'STUDY', f.id, 2000 + f.id % 25, 'A study'
from country c, document_file f where c.slug = 'china' and f.file_name like 'scale-study-%';

insert into achievement (country_id, title, start_year, end_year, summary)
select c.id, 'Scale achievement ' || i, 1990 + i % 35, 1992 + i % 35, 'Done ' || i
from country c, generate_series(1, 2000) i where c.slug = 'china';

analyze;
