-- Provenance: where each figure, code and classification shown comes from (editorial.Provenance).
-- Every pair is a source (editorial.Source) and an optional detail naming the part of it ("key facts",
-- "ESCP-4i table"); a detail needs a source, OTHER needs a detail. NULL is "not recorded", for rows
-- saved before this migration.

-- Country key facts. A statistic's free-text source becomes its detail; where there was one, the
-- source is OTHER, as nothing says which publication it named.
alter table country rename column population_source to population_source_detail;
alter table country add column population_source varchar(40);
update country set population_source = 'OTHER' where population_source_detail is not null;
alter table country_aud rename column population_source to population_source_detail;
alter table country_aud add column population_source varchar(40);
update country_aud set population_source = 'OTHER' where population_source_detail is not null;
alter table country add constraint country_population_source_check check (
    population_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (population_source is not null or population_source_detail is null)
    and (population_source <> 'OTHER' or population_source_detail is not null)
    and (population is not null or population_source is null));

alter table country rename column area_source to area_source_detail;
alter table country add column area_source varchar(40);
update country set area_source = 'OTHER' where area_source_detail is not null;
alter table country_aud rename column area_source to area_source_detail;
alter table country_aud add column area_source varchar(40);
update country_aud set area_source = 'OTHER' where area_source_detail is not null;
alter table country add constraint country_area_source_check check (
    area_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (area_source is not null or area_source_detail is null)
    and (area_source <> 'OTHER' or area_source_detail is not null)
    and (area_km2 is not null or area_source is null));

alter table country rename column gdp_source to gdp_source_detail;
alter table country add column gdp_source varchar(40);
update country set gdp_source = 'OTHER' where gdp_source_detail is not null;
alter table country_aud rename column gdp_source to gdp_source_detail;
alter table country_aud add column gdp_source varchar(40);
update country_aud set gdp_source = 'OTHER' where gdp_source_detail is not null;
alter table country add constraint country_gdp_source_check check (
    gdp_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (gdp_source is not null or gdp_source_detail is null)
    and (gdp_source <> 'OTHER' or gdp_source_detail is not null)
    and (gdp_usd is not null or gdp_source is null));

alter table country rename column gdp_per_capita_source to gdp_per_capita_source_detail;
alter table country add column gdp_per_capita_source varchar(40);
update country set gdp_per_capita_source = 'OTHER' where gdp_per_capita_source_detail is not null;
alter table country_aud rename column gdp_per_capita_source to gdp_per_capita_source_detail;
alter table country_aud add column gdp_per_capita_source varchar(40);
update country_aud set gdp_per_capita_source = 'OTHER' where gdp_per_capita_source_detail is not null;
alter table country add constraint country_gdp_per_capita_source_check check (
    gdp_per_capita_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (gdp_per_capita_source is not null or gdp_per_capita_source_detail is null)
    and (gdp_per_capita_source <> 'OTHER' or gdp_per_capita_source_detail is not null)
    and (gdp_per_capita_usd is not null or gdp_per_capita_source is null));

alter table country add column capital_source varchar(40), add column capital_source_detail varchar(300);
alter table country add constraint country_capital_source_check check (
    capital_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (capital_source is not null or capital_source_detail is null)
    and (capital_source <> 'OTHER' or capital_source_detail is not null)
    and (capital is not null or capital_source is null));
alter table country_aud add column capital_source varchar(40), add column capital_source_detail varchar(300);

alter table country add column currency_source varchar(40), add column currency_source_detail varchar(300);
alter table country add constraint country_currency_source_check check (
    currency_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (currency_source is not null or currency_source_detail is null)
    and (currency_source <> 'OTHER' or currency_source_detail is not null)
    and (currency_code is not null or currency_source is null));
alter table country_aud add column currency_source varchar(40), add column currency_source_detail varchar(300);

-- Clusters: where their sector codes (NACE) and technology fields come from, for each list.
alter table cluster add column sectors_source varchar(40), add column sectors_source_detail varchar(300);
alter table cluster add constraint cluster_sectors_source_check check (
    sectors_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (sectors_source is not null or sectors_source_detail is null)
    and (sectors_source <> 'OTHER' or sectors_source_detail is not null));
alter table cluster_aud add column sectors_source varchar(40), add column sectors_source_detail varchar(300);

alter table cluster add column technology_fields_source varchar(40), add column technology_fields_source_detail varchar(300);
alter table cluster add constraint cluster_technology_fields_source_check check (
    technology_fields_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (technology_fields_source is not null or technology_fields_source_detail is null)
    and (technology_fields_source <> 'OTHER' or technology_fields_source_detail is not null));
alter table cluster_aud add column technology_fields_source varchar(40), add column technology_fields_source_detail varchar(300);

-- Partnerships: their SME and partner counts, technology fields, sectors and target countries.
alter table partnership add column figures_source varchar(40), add column figures_source_detail varchar(300);
alter table partnership add constraint partnership_figures_source_check check (
    figures_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (figures_source is not null or figures_source_detail is null)
    and (figures_source <> 'OTHER' or figures_source_detail is not null));
alter table partnership_aud add column figures_source varchar(40), add column figures_source_detail varchar(300);

alter table partnership add column technology_fields_source varchar(40), add column technology_fields_source_detail varchar(300);
alter table partnership add constraint partnership_technology_fields_source_check check (
    technology_fields_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (technology_fields_source is not null or technology_fields_source_detail is null)
    and (technology_fields_source <> 'OTHER' or technology_fields_source_detail is not null));
alter table partnership_aud add column technology_fields_source varchar(40), add column technology_fields_source_detail varchar(300);

alter table partnership add column sectors_source varchar(40), add column sectors_source_detail varchar(300);
alter table partnership add constraint partnership_sectors_source_check check (
    sectors_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (sectors_source is not null or sectors_source_detail is null)
    and (sectors_source <> 'OTHER' or sectors_source_detail is not null));
alter table partnership_aud add column sectors_source varchar(40), add column sectors_source_detail varchar(300);

alter table partnership add column target_countries_source varchar(40), add column target_countries_source_detail varchar(300);
alter table partnership add constraint partnership_target_countries_source_check check (
    target_countries_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (target_countries_source is not null or target_countries_source_detail is null)
    and (target_countries_source <> 'OTHER' or target_countries_source_detail is not null));
alter table partnership_aud add column target_countries_source varchar(40), add column target_countries_source_detail varchar(300);

-- Achievements: where what they say comes from (optional, as an achievement may be the portal's own).
alter table achievement add column source varchar(40), add column source_detail varchar(300);
alter table achievement add constraint achievement_source_check check (
    source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (source is not null or source_detail is null)
    and (source <> 'OTHER' or source_detail is not null));
alter table achievement_aud add column source varchar(40), add column source_detail varchar(300);

-- The ESCP-4i table's default order is SMEs involved ascending, unknown counts last, ties by acronym
-- (directory.PartnershipSort.DEFAULT), as on the original country page; V3 has the descending one.
create index partnership_smes_involved_asc_idx on partnership (smes_involved asc nulls last, acronym);
