-- Where a cluster is, for the country maps: WGS 84 degrees, both or neither (a cluster
-- without them is left off the map), five decimals (about a metre) being more than a city needs.
alter table cluster
    add column latitude  numeric(7, 5),
    add column longitude numeric(8, 5),
    add constraint cluster_latitude_check check (latitude between -90 and 90),
    add constraint cluster_longitude_check check (longitude between -180 and 180),
    add constraint cluster_latitude_longitude_check check ((latitude is null) = (longitude is null));

alter table cluster_aud
    add column latitude  numeric(7, 5),
    add column longitude numeric(8, 5);

-- A country's ISO 3166-1 alpha-2 code names its outline in the maps (src/main/resources/maps).
alter table country
    add column iso_code varchar(2),
    add constraint country_iso_code_key unique (iso_code),
    add constraint country_iso_code_check check (iso_code ~ '^[A-Z]{2}$');

alter table country_aud
    add column iso_code varchar(2);
