-- Provenance of what V4 left unmarked (editorial.Provenance, same rules as V4's pairs): where a
-- cluster's region and map place come from, and where a partnership's name and description come
-- from. And when a country's profile was last reviewed, shown on its page.

alter table cluster add column location_source varchar(40), add column location_source_detail varchar(300);
alter table cluster add constraint cluster_location_source_check check (
    location_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (location_source is not null or location_source_detail is null)
    and (location_source <> 'OTHER' or location_source_detail is not null));
alter table cluster_aud add column location_source varchar(40), add column location_source_detail varchar(300);

alter table partnership add column description_source varchar(40), add column description_source_detail varchar(300);
alter table partnership add constraint partnership_description_source_check check (
    description_source in ('ORIGINAL_COUNTRY_PAGE', 'PREPARATORY_BRIEFING', 'EDITORIAL_CLASSIFICATION', 'OTHER')
    and (description_source is not null or description_source_detail is null)
    and (description_source <> 'OTHER' or description_source_detail is not null));
alter table partnership_aud add column description_source varchar(40), add column description_source_detail varchar(300);

-- NULL: never reviewed since this migration.
alter table country add column reviewed_on date;
alter table country_aud add column reviewed_on date;
