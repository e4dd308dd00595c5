-- Demo organisations: every organisation of the Preparatory Briefing's Annex A.3 ("Relevant organisations in China
-- for cluster cooperation and business support"), once each. DemoContentLoader runs it after china.sql and
-- china-zh.sql, in the same transaction.
--
-- The annex gives a sector, a name and a website only. Type, region and city are the editors' reading of the name
-- (EDITORIAL_CLASSIFICATION) unless another section of the briefing gives them (the EU SME Centre's Beijing); a
-- national body gets no region or city, as the annex gives none. Websites are the
-- annex's, with "http://" added where it writes none, as the portal stores complete addresses; where the annex's
-- entry was sloppy, the provenance detail says what it wrote. No organisation has a contact channel: the seeds give
-- none. The annex's sectors become NACE sectors only where one of the demo's maps clearly (Automotive: C29,
-- Renewable energy: D35, ICT: J); "All" and "Biotechnology" give none. The annex lists the ministries and the NDRC
-- twice; the NDRC's second entry names its English site. Name corrections (a stray comma, a name cut short, an
-- unofficial English name) are noted in the type's provenance, which is read from the name.
--
-- Chinese names are the organisations' official ones. Where the editors could not confirm an official Chinese name,
-- the translation is a DRAFT for an editor to check: Chinese pages show the English name, marked as untranslated.

insert into organisation (slug, name, type, type_source, type_source_detail, country_id, region_id, city,
                          place_source, place_source_detail, website, website_source, website_source_detail,
                          offers_help, sectors_source, sectors_source_detail, description, translations)
select v.slug, v.name, v.type, 'EDITORIAL_CLASSIFICATION',
       'inferred by the editors from the name' || coalesce('; ' || v.name_note, ''),
       c.id, r.id, v.city,
       case when v.place_detail is null and (v.region_slug is not null or v.city is not null)
            then 'EDITORIAL_CLASSIFICATION' else 'PREPARATORY_BRIEFING' end,
       case when v.place_detail is not null then v.place_detail
            when v.region_slug is not null or v.city is not null then 'inferred by the editors from the name'
            else 'Annex A.3, relevant organisations in China' end,
       v.website, 'PREPARATORY_BRIEFING', coalesce(v.website_detail, 'Annex A.3'), v.offers_help,
       case when s.code is not null then 'EDITORIAL_CLASSIFICATION' end,
       case when s.code is not null then 'the editors'' NACE classification of the annex''s sector “' || v.annex_sector || '”' end,
       v.description,
       jsonb_build_object('zh-Hans', jsonb_build_object('status', v.zh_status, 'texts', jsonb_strip_nulls(jsonb_build_object(
           'name', v.name_zh,
           'description', v.description_zh,
           'city', case v.city when 'Beijing' then '北京' when 'Shanghai' then '上海' when 'Tianjin' then '天津'
                               when 'Chongqing' then '重庆' end,
           'typeSource.detail', '编辑依据名称推断' || coalesce('；' || v.name_note_zh, ''),
           'placeSource.detail', case when v.place_detail is not null then v.place_detail_zh
                                      when v.region_slug is not null or v.city is not null then '编辑依据名称推断'
                                      else '附录A.3“中国境内与集群合作和商务支持相关的机构”' end,
           'websiteSource.detail', coalesce(v.website_detail_zh, '附录A.3'),
           'sectorsSource.detail', case when s.code is not null
                                        then '编辑依据附录所列行业“' || s.annex_sector_zh || '”归入的NACE行业' end))))
from (values
    -- All sectors
    ('ministry-of-industry-and-information-technology', 'Ministry of Industry and Information Technology', '工业和信息化部', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, null, null,
     null, null, 'http://www.miit.gov.cn', 'Annex A.3, which lists the ministry twice', '附录A.3；该附录两次列出工业和信息化部', false, 'All',
     $txt$Involved in cluster development in China alongside the NDRC and the Ministry of Science and Technology. With them, it announced a guideline in 2015 to further promote cluster development in support of SMEs, asking local governments to plan clusters together with their other regional development plans. It provides no direct financial support for industrial clusters.$txt$,
     '与国家发展和改革委员会、科学技术部共同参与中国产业集群发展工作。2015年，三部门联合发布指导意见，进一步推动产业集群发展、支持中小企业，要求地方政府将集群发展规划与其他区域发展规划统筹制定。该部不对产业集群提供直接财政支持。'),
    ('ministry-of-science-and-technology', 'Ministry of Science and Technology (MoST)', '科学技术部', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, null, null,
     null, null, 'http://www.most.gov.cn', 'Annex A.3, which lists the ministry twice', '附录A.3；该附录两次列出科学技术部', false, 'All',
     $txt$Involved in cluster development in China. In 2013 it announced administrative practices to identify and certify innovative industrial clusters by their innovative environment, the level of development of their industry and their number of service providers. It has discussed with DG GROW how to support the internationalisation of SMEs through clusters.$txt$,
     '参与中国产业集群发展工作。2013年发布创新型产业集群认定管理办法，依据创新环境、产业发展水平和服务机构数量认定创新型产业集群。该部与欧盟委员会内部市场、工业、创业和中小企业总司（DG GROW）就如何通过产业集群支持中小企业国际化进行了积极磋商。'),
    ('national-development-and-reform-commission', 'National Development and Reform Commission (NDRC)', '国家发展和改革委员会', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, null, null,
     null, null, 'http://www.ndrc.gov.cn', 'Annex A.3, which lists the commission twice, once with its English site, http://en.ndrc.gov.cn', '附录A.3；该附录两次列出国家发展和改革委员会，其中一次给出的是其英文网站 http://en.ndrc.gov.cn', false, 'All',
     $txt$Primarily manages cluster development in China, following its guidelines on facilitating the development of industrial clusters. It provides no direct financial support for industrial clusters.$txt$,
     '中国产业集群发展的主要管理部门，依据其发布的促进产业集群发展的指导意见推动集群发展。该委员会不对产业集群提供直接财政支持。'),
    ('torch-centre', 'Torch Centre, Ministry of Science and Technology', '科学技术部火炬高技术产业开发中心', 'PUBLISHED', 'AGENCY',
     null, null, null, null,
     null, null, 'http://www.chinatorch.gov.cn', null, null, false, 'All',
     $txt$In charge, under the Ministry of Science and Technology, of certifying innovative industrial clusters; local governments take the lead in applying the certification's indicators in their regions. The TORCH Programme, approved in 1988 to develop and internationalise China's new and high-tech industries, is the country's most notable programme for cluster development.$txt$,
     '隶属科学技术部，负责创新型产业集群的认定工作，各地政府牵头在本地区落实认定指标。火炬计划于1988年经国家批准实施，旨在发展高新技术产业并推动其国际化，是中国推动产业集群发展最重要的计划。'),
    ('china-eu-regional-economic-cooperation-centre', 'China-EU Regional Economic Cooperation Centre', '中国—欧盟区域经济合作中心', 'DRAFT', 'OTHER',
     'Annex A.3 writes the name with a trailing comma', '附录A.3所列名称末尾多一逗号，已删去', null, null,
     null, null, 'http://cereco.org', null, null, true, 'All',
     null,
     null),
    ('beijing-municipal-science-and-technology-commission', 'Beijing Municipal Science & Technology Commission', '北京市科学技术委员会', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, 'beijing-tianjin-hebei', 'Beijing',
     null, null, 'http://www.bjkw.gov.cn', null, null, false, 'All',
     null,
     null),
    ('china-ipr-helpdesk', 'China IPR Helpdesk', '中国知识产权服务台', 'PUBLISHED', 'OTHER',
     'Annex A.3 writes the name with a trailing comma', '附录A.3所列名称末尾多一逗号，已删去', null, null,
     null, null, 'http://www.china-iprhelpdesk.eu', null, null, true, 'All',
     null,
     null),
    ('chongqing-science-and-technology-commission', 'Chongqing Science & Technology Commission', '重庆市科学技术委员会', 'PUBLISHED', 'GOVERNMENT_BODY',
     'Annex A.3 writes the name with a trailing comma', '附录A.3所列名称末尾多一逗号，已删去', null, 'Chongqing',
     null, null, 'http://www.cstc.gov.cn', null, null, false, 'All',
     null,
     null),
    ('eu-sme-centre', 'EU SME Centre', '欧盟中小企业中心', 'PUBLISHED', 'OTHER',
     null, null, null, 'Beijing',
     'section on ENRICH in China, whose Beijing headquarters it hosts', '“ENRICH in China”一节：该项目的北京总部设在欧盟中小企业中心', 'http://www.eusmecentre.org', 'Annex A.3, which writes “www.eusmecentre.org.” with a trailing full stop', '附录A.3，原文写作“www.eusmecentre.org.”，末尾多一句点', true, 'All',
     $txt$Hosts the Beijing headquarters of ENRICH in China, which since 2017 connects European research, technology and business organisations, start-ups and SMEs among them, to the Chinese market.$txt$,
     '“ENRICH in China”的北京总部设于该中心。该项目自2017年起帮助欧洲研究、技术和商业机构（包括初创企业和中小企业）对接中国市场。'),
    ('european-union-chamber-of-commerce-in-china', 'European Union Chamber of Commerce in China', '中国欧盟商会', 'PUBLISHED', 'CHAMBER_OF_COMMERCE',
     null, null, null, null,
     null, null, 'http://www.europeanchamber.com.cn', null, null, true, 'All',
     null,
     null),
    ('guangdong-provincial-department-of-science-and-technology', 'Guangdong Provincial Department of Science and Technology', '广东省科学技术厅', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, 'pearl-river-delta', null,
     null, null, 'http://www.gdstc.gov.cn', null, null, false, 'All',
     null,
     null),
    ('jiangsu-provincial-department-of-science-and-technology', 'Jiangsu Provincial Department of Science and Technology', '江苏省科学技术厅', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, 'yangtze-river-delta', null,
     null, null, 'http://www.jstd.gov.cn', null, null, false, 'All',
     null,
     null),
    ('zhejiang-provincial-department-of-science-and-technology', 'Science and Technology Department of Zhejiang Province', '浙江省科学技术厅', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, 'yangtze-river-delta', null,
     null, null, 'http://www.zjkjt.gov.cn', null, null, false, 'All',
     null,
     null),
    ('shanghai-science-and-technology-committee', 'Shanghai Science and Technology Committee', '上海市科学技术委员会', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, 'yangtze-river-delta', 'Shanghai',
     null, null, 'http://www.stcsm.gov.cn', null, null, false, 'All',
     null,
     null),
    ('tianjin-municipal-science-and-technology-commission', 'Tianjin Municipal Science & Technology Commission', '天津市科学技术委员会', 'PUBLISHED', 'GOVERNMENT_BODY',
     null, null, 'beijing-tianjin-hebei', 'Tianjin',
     null, null, 'http://www.tstc.gov.cn', null, null, false, 'All',
     null,
     null),
    -- Automotive
    ('china-association-of-automobile-manufacturers', 'China Association of Automobile Manufacturers (CAAM)', '中国汽车工业协会', 'PUBLISHED', 'ASSOCIATION',
     'Annex A.3 writes “China Association of Automotive Manufacturers”; the portal gives the official English name', '附录A.3写作“China Association of Automotive Manufacturers”，本门户采用其官方英文名称', null, null,
     null, null, 'http://www.caam.org.cn', null, null, false, 'Automotive',
     null,
     null),
    ('china-auto-info', 'China Auto Info', '中国汽车工业信息网', 'DRAFT', 'OTHER',
     null, null, null, null,
     null, null, 'http://www.autoinfo.org.cn', null, null, false, 'Automotive',
     null,
     null),
    ('china-auto-statistic', 'China Auto Statistic', '中国汽车工业统计信息网', 'DRAFT', 'OTHER',
     null, null, null, null,
     null, null, 'http://auto-stats.org.cn', null, null, false, 'Automotive',
     null,
     null),
    ('society-of-automotive-engineers-of-china', 'Society of Automotive Engineers of China (SAE-China)', '中国汽车工程学会', 'PUBLISHED', 'ASSOCIATION',
     'Annex A.3 writes “Society of Automotive Engineering of China”; the portal gives the official English name', '附录A.3写作“Society of Automotive Engineering of China”，本门户采用其官方英文名称', null, null,
     null, null, 'http://www.sae-china.org', null, null, false, 'Automotive',
     null,
     null),
    -- Biotechnology
    ('china-medicinal-biotech-association', 'China Medicinal Biotech Association', '中国医药生物技术协会', 'PUBLISHED', 'ASSOCIATION',
     null, null, null, null,
     null, null, 'http://www.cmba.org.cn', null, null, false, 'Biotechnology',
     null,
     null),
    ('shanghai-bio-industry-association', 'Shanghai Bio Industry Association', '上海市生物医药行业协会', 'DRAFT', 'ASSOCIATION',
     null, null, 'yangtze-river-delta', 'Shanghai',
     null, null, 'http://sbia.org.cn', null, null, false, 'Biotechnology',
     null,
     null),
    ('chinese-society-of-biotechnology', 'Chinese Society of Biotechnology', '中国生物工程学会', 'PUBLISHED', 'ASSOCIATION',
     'Annex A.3 writes “China Society of Biotechnology”; the portal gives the official English name', '附录A.3写作“China Society of Biotechnology”，本门户采用其官方英文名称', null, null,
     null, null, 'http://www.biotechchina.org', null, null, false, 'Biotechnology',
     null,
     null),
    ('shanghai-society-of-biotechnology', 'Shanghai Society of Biotechnology', '上海市生物工程学会', 'PUBLISHED', 'ASSOCIATION',
     null, null, 'yangtze-river-delta', 'Shanghai',
     null, null, 'http://www.ssbt.org.cn', null, null, false, 'Biotechnology',
     null,
     null),
    ('china-biotech', 'China Biotech', '中国生物技术信息网', 'DRAFT', 'OTHER',
     null, null, null, null,
     null, null, 'http://www.biotech.org.cn', null, null, false, 'Biotechnology',
     null,
     null),
    -- Renewable energy
    ('china-energy-society', 'China Energy Society', '中国能源研究会', 'DRAFT', 'ASSOCIATION',
     null, null, null, null,
     null, null, 'http://www.zgny.org.cn', null, null, false, 'Renewable energy',
     null,
     null),
    ('china-renewable-energy-society', 'China Renewable Energy Society', '中国可再生能源学会', 'PUBLISHED', 'ASSOCIATION',
     null, null, null, null,
     null, null, 'http://www.cres.org.cn/index.html', null, null, false, 'Renewable energy',
     null,
     null),
    ('beijing-new-energy-association', 'Beijing New Energy Association', '北京新能源与可再生能源协会', 'DRAFT', 'ASSOCIATION',
     null, null, 'beijing-tianjin-hebei', 'Beijing',
     null, null, 'http://www.bjxnyxh.com', null, null, false, 'Renewable energy',
     null,
     null),
    ('beijing-energy-network', 'Beijing Energy Network', '北京能源网', 'DRAFT', 'OTHER',
     null, null, 'beijing-tianjin-hebei', 'Beijing',
     null, null, 'http://www.bjnyw.com.cn', null, null, false, 'Renewable energy',
     null,
     null),
    ('chinese-wind-energy-association', 'Chinese Wind Energy Association (CWEA)', '中国可再生能源学会风能专业委员会', 'PUBLISHED', 'ASSOCIATION',
     'Annex A.3 writes “China Wind Energy Association”; the portal gives the official English name', '附录A.3写作“China Wind Energy Association”，本门户采用其官方英文名称', null, null,
     null, null, 'http://www.cwea.org.cn', null, null, false, 'Renewable energy',
     null,
     null),
    ('energy-research-institute-ndrc', 'Energy Research Institute, National Development and Reform Commission', '国家发展和改革委员会能源研究所', 'PUBLISHED', 'RESEARCH_ORGANISATION',
     null, null, null, null,
     null, null, 'http://www.eri.org.cn', null, null, false, 'Renewable energy',
     null,
     null),
    -- ICT
    ('china-academy-of-information-and-communications-technology', 'China Academy of Information and Communications Technology (CAICT)', '中国信息通信研究院', 'PUBLISHED', 'RESEARCH_ORGANISATION',
     null, null, null, null,
     null, null, 'http://www.caict.com', null, null, false, 'ICT',
     null,
     null),
    ('institute-of-computing-technology-cas', 'Institute of Computing Technology, Chinese Academy of Sciences', '中国科学院计算技术研究所', 'PUBLISHED', 'RESEARCH_ORGANISATION',
     null, null, null, null,
     null, null, 'http://www.ict.ac.cn', null, null, false, 'ICT',
     null,
     null),
    ('china-information-association', 'China Information Association', '中国信息协会', 'PUBLISHED', 'ASSOCIATION',
     'Annex A.3 cuts the name short as “China Information”', '附录A.3所列名称不全，写作“China Information”', null, null,
     null, null, 'http://www.ciia.org.cn', null, null, false, 'ICT',
     null,
     null),
    ('china-information-technology-industry-association', 'China Information Technology Industry Association', '中国信息技术产业协会', 'DRAFT', 'ASSOCIATION',
     null, null, null, null,
     null, null, 'http://www.citif.org.cn/citif', null, null, false, 'ICT',
     null,
     null),
    ('chinese-institute-of-electronics', 'Chinese Institute of Electronics', '中国电子学会', 'PUBLISHED', 'ASSOCIATION',
     'Annex A.3 cuts the name short as “China Institute of Electronic”', '附录A.3所列名称不全，写作“China Institute of Electronic”', null, null,
     null, null, 'http://cie-info.org.cn', null, null, false, 'ICT',
     null,
     null),
    ('china-electronics-and-information-technology-industries-association', 'China Electronics and Information Technology Industries Association', '中国电子信息行业联合会', 'DRAFT', 'ASSOCIATION',
     null, null, null, null,
     null, null, 'http://www.ceitia.org.cn', null, null, false, 'ICT',
     null,
     null)
) as v (slug, name, name_zh, zh_status, type, name_note, name_note_zh, region_slug, city, place_detail, place_detail_zh,
        website, website_detail, website_detail_zh, offers_help, annex_sector, description, description_zh)
cross join country c
left join region r on r.slug = v.region_slug
left join (values ('Automotive', 'C29', '汽车'), ('Renewable energy', 'D35', '可再生能源'), ('ICT', 'J', '信息通信技术'))
    as s (annex_sector, code, annex_sector_zh) on s.annex_sector = v.annex_sector
where c.slug = 'china';

-- The NACE sectors of the annex's sector column, where one maps clearly (see above).
insert into organisation_sector (organisation_id, sector_id)
select o.id, s.id
from organisation o
join sector s on s.code = case when o.sectors_source_detail like '%“Automotive”' then 'C29'
                               when o.sectors_source_detail like '%“Renewable energy”' then 'D35'
                               when o.sectors_source_detail like '%“ICT”' then 'J' end;

-- History: the demo organisations are the first revision of each.
insert into revision (timestamp) values ((extract(epoch from now()) * 1000)::bigint);

insert into organisation_aud (id, rev, revtype, slug, name, type, country_id, region_id, city, place_source,
                              place_source_detail, type_source, type_source_detail, website, website_source,
                              website_source_detail, contact, description, offers_help, sectors_source,
                              sectors_source_detail, translations)
select id, (select max(id) from revision), 0, slug, name, type, country_id, region_id, city, place_source,
       place_source_detail, type_source, type_source_detail, website, website_source,
       website_source_detail, contact, description, offers_help, sectors_source,
       sectors_source_detail, translations
from organisation;

insert into organisation_sector_aud (rev, revtype, organisation_id, sector_id)
select (select max(id) from revision), 0, organisation_id, sector_id from organisation_sector;

analyze organisation, organisation_sector;
