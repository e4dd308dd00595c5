-- Demo content for the China country profile, taken from the seed texts (original country page and "Preparatory Briefing on China").
-- DemoContentLoader runs it in one transaction after the migrations, once, into a portal that has no content yet.

-- ---------------------------------------------------------------------------------------------
-- Countries
-- ---------------------------------------------------------------------------------------------

-- Every key fact is one of the original page's "Key Facts"; where the editors corrected or completed
-- one, its source note says what the page wrote and why.
insert into country (slug, name, iso_code, reviewed_on, introduction, capital, capital_source, capital_source_detail,
                     currency_code, currency_source, currency_source_detail,
                     population, population_year, population_source, population_source_detail,
                     area_km2, area_year, area_source, area_source_detail,
                     gdp_usd, gdp_year, gdp_source, gdp_source_detail,
                     gdp_per_capita_usd, gdp_per_capita_year, gdp_per_capita_source, gdp_per_capita_source_detail)
values ('china', 'China', 'CN', date '2026-12-07',
        $txt$China is home to an important cluster community. The bilateral dialogue between the EU and China has been growing in recent years, stimulating the collaboration links between European and Chinese clusters. The EU-China 2020 Strategic Agenda for Cooperation, which aims to foster the establishment of synergies to enhance cooperation in strategic fields, is a strong basis for the creation of cluster collaboration initiatives.$txt$,
        'Beijing', 'ORIGINAL_COUNTRY_PAGE', 'key facts',
        'CNY', 'ORIGINAL_COUNTRY_PAGE', 'key facts, which name it “Yuan”; completed by the editors with its ISO 4217 code, CNY, by which the portal names a currency unambiguously',
        1357000000, 2015, 'ORIGINAL_COUNTRY_PAGE', 'key facts, which write “1,357 trillion”; corrected by the editors to 1.357 billion, as 1,357 is a decimal comma and a trillion people cannot be meant',
        9597000, null, 'ORIGINAL_COUNTRY_PAGE', 'key facts, which write “9,597 millions km²”; corrected by the editors to 9.597 million km², as 9,597 is a decimal comma',
        20853000000000, 2015, 'ORIGINAL_COUNTRY_PAGE', 'key facts',
        15095, 2015, 'ORIGINAL_COUNTRY_PAGE', 'key facts');

-- Other third countries targeted by the ESCP-4i partnerships listed on the China page (no profile yet).
-- ISO 3166-1 alpha-2 codes name their outlines on the world map.
insert into country (slug, name, iso_code)
values ('japan', 'Japan', 'JP'),
       ('united-states', 'United States', 'US'),
       ('brazil', 'Brazil', 'BR'),
       ('canada', 'Canada', 'CA'),
       ('egypt', 'Egypt', 'EG'),
       ('taiwan', 'Taiwan', 'TW'),
       ('colombia', 'Colombia', 'CO'),
       ('mexico', 'Mexico', 'MX'),
       ('morocco', 'Morocco', 'MA'),
       ('peru', 'Peru', 'PE'),
       ('singapore', 'Singapore', 'SG'),
       ('tunisia', 'Tunisia', 'TN');

-- ---------------------------------------------------------------------------------------------
-- Sections
-- ---------------------------------------------------------------------------------------------

insert into country_section (country_id, topic, lead, body)
select c.id, 'ECONOMIC_CONTEXT',
       $txt$In 1978, China changed from a centrally-planned to a market-based economy and consequently experienced a rapid economic and social development. Currently, China has a leading position in many sectors that are crucial for the global economy and social development. China is the second largest economy in the world, the world's largest exporter and the second largest importer.$txt$,
       $md$### Overview

China shifted from a centrally-planned to a market-based economy over the course of the twentieth century. As a consequence of the reforms promoted by Deng Xiaoping in 1978, the country has experienced rapid economic and social development, mainly driven by the industry and service sectors. Over the last 30 years China has been the world's fastest-growing economy, with consistent growth rates of around 10%. In 2018 its gross domestic product (GDP) grew by 6.6%, the weakest growth in nearly three decades, but still impressive when compared with Western economies.

The World Bank describes China as an upper middle income economy, yet it is considered a developing country due to its low GDP per capita. Economic growth has led to numerous societal challenges, which the 13th Five-Year Plan (FYP, 2016-2020) addressed with measures to reduce pollution, increase energy efficiency, improve access to education and healthcare, expand social protection and tackle inequality.

Diplomatic ties between the EU and China were established in 1975 and upgraded in 2013 with the EU-China Comprehensive Strategic Partnership. At the 20th EU-China Summit in 2018 both parties agreed to implement the 2018-2020 Flagship Initiatives and to explore a roadmap for further cooperation in basic research, frontier science and key societal challenges, emphasising climate change and clean energy.

China is the EU's largest source of imports and its second largest export market behind the United States, accounting for 9.7% of total EU exports (€170,136 million). The EU is China's largest trading partner, with a share of 20.2% (€344,642 million). EU exports to China are mostly machinery and equipment, motor vehicles, aircraft and chemicals.

The EU has a significant trade deficit with China, mainly due to market access barriers such as lack of transparency, discriminatory industrial policies and non-tariff measures, a dominant position of state-owned firms, unequal access to subsidies and poor protection of intellectual property rights (IPR). The EU's 2016 trade strategy towards China, covering 2016-2021, promotes reciprocity and fair competition and aims to foster negotiations on a Comprehensive Agreement on Investment.

### Opportunities for Europe

#### Investment and trade

China ranked 5th in the 2018 A.T. Kearney FDI Confidence Index, its lowest ranking in the history of the Index. In the World Bank's ease of doing business ranking it rose from 78th in 2017 to 46th of 190 economies in 2018, helped by improvements such as cutting the time needed to register a company from 22.9 days to nine.

Challenges remain, including low household consumption, high corporate and local government debt, social inequality, speculative real estate investment and industrial overcapacity. Environmental deterioration, mainly in the north, is a long-term problem; in 2016 China ratified the Paris Agreement and committed to reach an upper limit of carbon dioxide emissions between 2025 and 2030.

The EU-China 2020 Strategic Agenda for Cooperation (2013) launched the negotiation of the EU-China Comprehensive Investment Agreement, which aims to improve market access and legal certainty for investors on both sides and ensure a level playing field.

#### Science, technology and innovation

In 2015 the Chinese Government launched the **Made in China 2025** strategy to transform China into an advanced and competitive economy based on highly innovative manufacturing technologies. It targets 10 priority sectors, from new advanced information technology, robotics and aerospace to new-energy vehicles, power equipment, new materials and biopharma and advanced medical products, and outlines 40 new R&D centres to boost innovation in manufacturing.

China's total R&D expenditure in 2017 was €222.7 billion, 77.5% of it by industry, 14.4% by government-funded research institutions and 6.8% by universities. By 2020 China aimed to raise its R&D intensity to 2.5% and reach a 60% contribution of STI to economic growth.

### Sectoral strengths

The 13th FYP identifies six strategic emerging industries: biotechnology; next generation information industries; intelligent perception of spatial information networks; energy storage and distributed energy; advanced materials; and new-energy vehicles (NEVs). The sectors that seem to offer the most potential for EU-China cooperation are automotive, human health, renewable energy and ICT.

#### Automotive

China is the world's largest automobile market. In 2018 it produced 27.8 million vehicles and sold 28 million. NEV production reached 1.2 million units (+59.9% on 2017) and NEV sales 1.2 million units (+61.7%; the briefing writes "1.2 units", completed by the editors with "million" as for production), while exports reached 1 million vehicles (+16.8%). China promotes NEVs through purchase subsidies, tax exemptions and government purchases, and the 13th FYP supports battery technology and a charging network under unified standards.

#### Human health

The Healthy China 2030 policy places public health at the centre of decision-making. At the time of the briefing China was the second largest pharmaceutical market in the world, forecast to reach €154.1 billion in 2020, and the 2015 reform of the China Food and Drug Administration (CFDA) cut drug approval times from five years to six months. China is also one of the largest medical device markets in the world.

#### Renewable energy

China is a world leader in renewable power generation and capacity. In 2018 renewable capacity grew by 12%, and renewable energy generated 1.87 trillion kWh, 26.7% of China's total power. In 2017 China exported around 37.9 GW of photovoltaic modules and newly installed 22 GW of wind capacity. Water conservation is a key area of the 13th FYP, as 70% of China's rivers and 60% of its groundwater are polluted.

#### ICT

The total output of the Chinese ICT sector exceeded €2.3 trillion in 2017, and the market was expected to grow at a CAGR of 8.6% from 2016 to 2021; the digital economy was estimated to represent 55% of GDP by 2021. At the time of the briefing China had more than 300 smart city pilot sites, is the largest machine-to-machine (M2M) market in the world and is highly active in 5G international standards.$md$
from country c where c.slug = 'china';

insert into country_section (country_id, topic, lead, body)
select c.id, 'CLUSTER_COMMUNITY',
       $txt$China is home to an important cluster community. The main sectors for cluster activity in China are: agriculture, high-tech industry, and manufacturing. Chinese clusters are distributed in different regions, namely the Pearl River Delta (PRD), Yangtze River Delta (YRD) and Bohai Rim (Beijing – Tianjin – Liaoning).$txt$,
       $md$### Cluster mapping

In 1978 China began its process of economic growth through globalisation with the Reform & Open-door Policy, which made private competition legal in certain sectors and allowed areas for foreign investment. Growing market demand led to numerous clusters being established in a short period of time, mainly in the coastal regions of South and East China. Since then, Chinese clusters have attracted considerable investment, given rise to associated industries and boosted manufacturing, commercial and logistics sectors.

Chinese clusters are of different types:

- clusters that succeeded thanks to abundant resources and labour skills, such as those in Guangdong Province and Wenzhou;
- coastal, export-oriented sourcing and manufacturing clusters that benefit from proximity to international transport infrastructure, such as the IT cluster in Dongguan (Guangdong);
- clusters formed around large state enterprises, which attract smaller suppliers and spin-offs, such as the clusters of Haier in Qingdao and Yiqi in Changchun.

#### Special Economic Zones

Since the early 1980s the Chinese Government has provided special support to cluster creation and development. Special Economic Zones (SEZs) were established to promote economic development; they enjoy financial, investment and trade benefits to attract foreign investment and technology, stimulate employment and support capital formation. According to the World Bank, SEZs vary in scope and function, from designated zones supporting specific economic functions to free-trade areas, industry parks, technical innovation parks and bonded zones. Some clusters have emerged from SEZs, such as those in Beijing, Shanghai and Shenzhen.

#### Science and Technology Industrial Parks and High-Tech Zones

Science and Technology Industrial Parks (STIPs) and High-Tech Zones (HTZs) are key players of the Chinese national innovation system: they create business opportunities, foster entrepreneurship and generate knowledge-based jobs. STIPs have become one of the greatest achievements of China's economic reform, nurturing businesses and industry clusters through continuous R&D investment, technology transfer and industrial clustering. Some of China's most successful innovation clusters have emerged from STIPs and HTZs:

- the IC design cluster in Zhongguancun Science Park (Z-Park), Beijing;
- the IC & biopharmacy cluster in Zhangjiang, Shanghai;
- the fibre optical cable cluster in Wuhan East Lake;
- the communications cluster in Shenzhen;
- the software outsourcing cluster in Dalian;
- the IoT and photovoltaic clusters in Wuxi.

#### China's city clusters

Through its city-cluster policy, focused on regional specialisation, the Chinese Government plans to transform the country into 19 super-regions that gather companies, R&D institutions and universities to boost innovation. Of the 19 city clusters, the Central Government prioritised three to become world-class clusters by 2020: the Pearl River Delta, the Yangtze River Delta and Beijing-Tianjin-Hebei. They were expected to become the most innovative and internationally competitive clusters and to drive national economic development; the other 16 are medium or small-sized clusters.

### The three main regions

#### Pearl River Delta (PRD)

Located in Guangdong Province, the PRD covers major cities such as Guangzhou, Shenzhen, Dongguan, Foshan, Zhongshan, Zhuhai and Huizhou. It was the first SEZ in China and has become one of the fastest-growing regions in the country; with 5% of China's population it produces more than 10% of its economic output. The East Bank focuses on electronics and IT products and the West Bank on household appliances. Well-known clusters include machinery, electronics, packaging, lighting and casual wear in Zhongshan; electronic products in Dongguan and Shenzhen; denim clothing and automobiles in Guangzhou; and shoes in Huizhou.

#### Yangtze River Delta (YRD)

The YRD comprises the municipality of Shanghai and the provinces of Jiangsu, Zhejiang and Anhui. It is China's richest region per capita and accounts for one-third of the country's imports and exports. Shanghai is a logistics centre and mainland China's financial centre, Zhejiang and Jiangsu have strong manufacturing industries, and Anhui is a large provider of energy and coal to eastern China. A three-year action plan (2018-2020) focused on marine and high-tech ships, new energy vehicles, power equipment, advanced rail, medical technology, aviation and aerospace, and ICT, and the region's industrial parks and two free trade zones were expected to attract foreign investment.

#### Beijing-Tianjin-Hebei (Bohai Rim)

The briefing calls this region Beijing-Tianjin-Hebei, the original country page Bohai Rim (Beijing – Tianjin – Liaoning); the portal joins both names. The region covers Beijing, Tianjin, part of Hebei, part of Liaoning and part of Shandong, and accounts for around 10% of China's GDP and 8% of its population. Beijing is an internationally recognised political, educational, cultural and R&D centre; Tianjin is northern China's logistics centre, with one of the busiest ports in the world; Hebei is known for its heavy industries. Other activities include aviation, logistics and shipping in Tianjin, insulation materials and metal casting in Cangzhou, furniture in Langfang, fasteners in Handan and high-end pharmaceuticals in Shijiazhuang.

### Leading clusters in the priority sectors

The clusters in the automotive, human health, renewable energy and ICT sectors are considered among the most interesting for the EU. Leading examples include:

- **Automotive:** the Guangzhou automobile city cluster and the Chongqing automobile cluster;
- **Human health:** Shanghai Zhangjiang Hi-Tech Park ("Zhangjiang Drug Valley") and the Tonghua Pharmaceutical Hi-tech Industrial Development Zone;
- **Renewable energy:** Wuhan East Lake High-tech Zone ("Optics Valley of China");
- **ICT:** Zhongguancun Science Park and the Chengdu Hi-Tech Industrial Development Zone (CDHT).$md$
from country c where c.slug = 'china';

insert into country_section (country_id, topic, lead, body)
select c.id, 'CLUSTER_POLICIES',
       $txt$China's public cluster policy is developed by both the central and provincial governments, and the central government seeks continuous cluster development according to the guidelines on facilitating the development of industrial clusters announced by the National Development and Reform Commission (NDRC). The most notable central government programme regarding cluster development is the TORCH Programme, an initiative to develop China's new and high-tech industries approved in 1988 by the national government.$txt$,
       $md$### The cluster policy in China

China's cluster policy is developed by both the central and the provincial governments. Aware of the importance of industrial clusters for social and economic development, the Central Government seeks continuous cluster development according to the guidelines on facilitating the development of industrial clusters announced by the National Development and Reform Commission (NDRC).

The most notable programme is the **TORCH Programme**, approved in 1988 by the national government in response to the global technology revolution and economic reform, with the aim of developing and internationalising China's new and high-tech industries.

Cluster development is primarily managed by the NDRC, with the Ministry of Industry and Information Technology (MIIT) and the Ministry of Science and Technology (MoST) also involved. In 2015 they announced a guideline to further promote cluster development in support of SMEs: local governments should plan cluster development together with other regional development plans, and SME industrial parks and start-up incubators were encouraged.

Neither the NDRC nor MIIT provides direct financial support to industrial clusters, yet progress has been impressive: within clusters, companies can acquire credits, enjoy tax incentives and receive informal financing, while local governments provide public goods.

#### Certification of innovative industrial clusters

In 2013 MoST announced administrative practices to identify and certify innovative industrial clusters, based on indicators covering:

- the innovative environment (local policy, industry chain, facilities, etc.);
- the level of development of the industry (number of companies, income, market share, investment in R&D, patents, standards, etc.);
- the number of service providers (incubators, R&D institutes, angel and venture capital, etc.).

The Torch Centre under MoST is in charge of certification, while local governments lead the implementation of the indicators in the various regions.

#### EU-China cluster cooperation

MoST and DG GROW have been discussing how to explore future cooperation in support of SME internationalisation through clusters. Many European clusters registered in the European Cluster Collaboration Platform (ECCP) are interested in China: at the time of the briefing, 271 of them targeted China for their international activities, and nine second-generation European Strategic Cluster Partnerships for Going International (ESCP-4i) targeted China:

- European Digital Industry Alliance (DIA) – ICT sector;
- Europe Leading Blue Energy (ELBE) – energy sector;
- Food In Eco Network (FoodNet) – transportation and logistics sector;
- Green ICT Development (GIVE) – automotive sector;
- European Strategic Cluster Partnership for Advanced Smart Packaging (AdPack²) – paper and packaging sectors;
- European Cleantech Internationalization Initiative (EC2i) – environmental services;
- Mobility Goes International - In Action (MobiGoIn-Action) – transportation and logistics sector;
- New Frontiers in Food Fast Forward (NF4) – food sector;
- Space Clusters International Industrial Diversification (SPACE2IDGO) – ICT sector.

### Automotive policies and programmes

Under the Automotive Industry Development Policy (2004), foreign investors can only produce complete vehicles in China through joint ventures in which the Chinese partners hold a majority interest, and since 2004 domestic producers have also benefited from limits on the export of key raw materials.

In May 2018 the NDRC released the draft Administrative Rules on Auto Industry Investment, which were to delegate more approval authority to local governments, eliminate new production capacity for fossil-fuelled vehicles, raise the threshold for electric vehicle manufacturers, promote NEVs and establish an innovation system for intelligent vehicles. At the time of the briefing, foreign ownership restrictions on special-purpose vehicles and NEVs were expected to be removed, followed by those on commercial vehicles and passenger cars in 2022, when the rule limiting foreign automakers to two joint ventures was also to be lifted. The 13th FYP also promotes intelligent transportation, including the Internet of Vehicles and Vessels.

### Human health policies and programmes

China's healthcare reform, announced in 2009, covered public hospital reform, primary care, pricing and payment, drug quality supervision and information systems; its first stage (2009-2011) focused on expanding coverage.

The **Healthy China 2030** plan, launched in 2016, set the basis for the new healthcare reform. Its goals include raising life expectancy to 79 years, controlling the main health-endangering factors and improving health services, through health education, healthy lifestyles, universal healthcare access and reforms of health insurance, pharmaceutical and medical instrument systems. The 13th FYP emphasises prevention, and support for non-governmental capital in public hospitals opens opportunities for clusters, for instance in care systems for women, children and elderly people in rural areas and in patient referral systems.

### Renewable energy policies and programmes

The Renewable Energy Law (2005, amended in 2019) was a milestone in China's promotion of renewable energy. The Energy Development Strategy Action Plan (2014-2020) aimed to reduce energy consumption per unit of GDP. The 13th FYP (2016-2020) set targets including:

- a share of non-fossil energy in primary energy consumption of 15% by 2020 and 20% by 2030;
- 680 GW of installed renewable power capacity and 210 GW of wind capacity by 2020;
- offshore wind and ocean power development, technology leadership and less reliance on foreign companies;
- solving the renewable power curtailment problem.

In 2016 the NDRC introduced the full guaranteed purchase of renewable power, and in 2017 a voluntary green electricity certificate scheme was launched.

### ICT policy and programmes

The ICT sector is strongly promoted by the Central Government, which also encourages foreign investment. MIIT's National Information Development Strategy 2006-2020 aimed to grow the economy through high technology, develop indigenous core technologies, establish a world-class, reliable and safe information system and make government and military affairs paperless. The 13th FYP fosters integrated circuits, AI, intelligent hardware, 5G mobile communications, advanced sensors and wearable devices, and since 2015 AI has featured in several national initiatives.

The Cybersecurity Law (2016) imposes strict controls on online activities and requirements on local data storage, joint venture partners and network asset registration, and the 2016 Telecom Services Catalogue prohibits foreign firms from operating numerous services outside a joint venture with a Chinese company.$md$
from country c where c.slug = 'china';

insert into country_section (country_id, topic, lead, body)
select c.id, 'COOPERATION_OPPORTUNITIES',
       $txt$EU and China cooperation has been established with the aim of managing global challenges like health, climate change, food security and clean energy supply. In the particular case of the ICT industrial sector, cooperation could attain great mutual benefits to the businesses and societies, as China and the EU are considered to be global ICT leaders.$txt$,
       $md$Several projects and some cluster matchmaking missions have already been organised in order to stimulate cooperation between European and Chinese clusters. China is one of the top targeted countries for international cooperation according to the current cluster consortiums under the ESCP-4i initiative.

### Opportunities for European clusters

After more than 20 years of economic growth, Chinese clusters have become important driving forces for economic development and international competitiveness in different Chinese regions. Driven by market demand and government support, they have moved from a development phase to a more mature stage and are becoming more specialised, market-oriented and global.

The Chinese cluster ecosystem comprises coastal clusters, clusters built on abundant natural resources and labour skills, export-oriented clusters and clusters formed around large state enterprises. These have distinct aims, ways of operating and regulations, which European stakeholders should take into account when looking for cooperation opportunities. The ecosystem is also highly decentralised: Science and Technology Industrial Parks (STIPs) and High-Tech Zones (HTZs) promote innovation, R&D and entrepreneurship, while Special Economic Zones (SEZs), milestones of China's economic growth, provide important opportunities for EU-China cluster cooperation.

The plan to transform China into 19 super-regions is an opportunity for international cooperation: the Pearl River Delta, the Yangtze River Delta and Beijing-Tianjin-Hebei were expected, at the time of the briefing, to become global clusters, facilitating international cooperation and foreign investment. New rules easing the constraints on foreign investment in key sectors such as automotive were expected to create further opportunities.

Sectors in which both the EU and China are leaders, notably automotive, human health, renewable energy and ICT, are deeply grounded in science, technology and innovation (STI) and offer a wide range of cooperation opportunities for European and Chinese clusters.

### Interest from European clusters

The high number of European clusters interested in China is an important indicator of the potential for EU-China cluster cooperation: at the time of the briefing, 271 clusters registered in the European Cluster Collaboration Platform (ECCP) targeted China for their international activities, and nine second-generation European Strategic Cluster Partnerships for Going International (ESCP-4i) targeted China: DIA (ICT), ELBE (energy), FoodNet (transportation and logistics), GIVE (automotive), AdPack² (paper and packaging), EC2i (environmental services), MobiGoIn-Action (transportation and logistics), NF4 (food) and SPACE2IDGO (ICT).

### Framework for EU-China cooperation

The EU-China 2020 Strategic Agenda for Cooperation (2013) established an EU-China cluster cooperation initiative to strengthen collaboration in fields of strategic interest such as sustainable growth and urbanisation. At the time of the briefing the initiative had not materialised, as bilateral cluster cooperation takes place primarily through a bottom-up approach under the EU COSME programme. Both parties consider cluster cooperation a business win-win approach, although the EU looks cautiously at high-value activities in strategic areas, particularly artificial intelligence, due to its defence dual use and potential impact on manufacturing in global value chains.

The China IPR SME Helpdesk supports European businesses wishing to operate in China, helping with IPR protection and the search for counterparts, sales and distribution.

#### Science, technology and innovation agreements

- **Science and Technology Cooperation Agreement:** signed in December 1998 and renewed for the third time in December 2014; its implementation is overseen by a Joint Steering Committee, which last met in December 2018.
- **High-Level Innovation Cooperation Dialogue (ICD):** established by the European Commission in September 2012 as a forum on innovation policies and systems, framework conditions and new joint research and innovation initiatives. At the 3rd ICD the EU and China agreed a new package of flagship initiatives on food, agriculture and biotechnologies, environment and sustainable urbanisation, surface transport, safer and greener aviation, and biotechnologies for environment and human health.
- **EURATOM-China Agreement for R&D Cooperation in the Peaceful Uses of Nuclear Energy:** signed in April 2008 and implemented by a joint steering committee co-chaired by DG Research and Innovation and MoST.

#### EU-China Co-Funding Mechanism

In 2016 the European Commission and MoST announced the EU-China Co-Funding Mechanism (CFM) under Horizon 2020, through which MoST made ¥200 million available annually for China-based researchers and companies taking part in Horizon 2020. The briefing converts this amount twice, differently: €28.57 million in its section 2.2, "more than €25 million per year" (for "200 Million RMB") in its Annex A.1; the portal shows both, as the briefing gives no date for either conversion. The CFM was continued through 2018-2020 under an agreement signed at the 3rd EU-China ICD in Brussels in June 2017, and for that period the Commission planned to provide over €100 million per year to European entities in joint projects with Chinese participants, on topics such as food, agriculture, biotechnology and green transport. Until October 2018, Chinese entities had participated in Horizon 2020 337 times and signed 158 grants.

### ENRICH in China

Since R&D and innovation play an important role in the Chinese cluster ecosystem, ENRICH in China is a key opportunity for EU innovation stakeholders to enter or cooperate with Chinese organisations. It offers services to European research, technology and business organisations to connect them with relevant stakeholders in the Chinese market. ENRICH in China has its headquarters in Beijing, hosted by the EU SME Centre, and a first regional hub in Chengdu, hosted by EUPIC.$md$
from country c where c.slug = 'china';

-- ---------------------------------------------------------------------------------------------
-- Taxonomies (sections first, then their divisions / classes)
-- ---------------------------------------------------------------------------------------------

insert into sector (code, name)
values ('C', 'Manufacturing'),
       ('D', 'Electricity, gas, steam and air conditioning supply'),
       ('E', 'Water supply; sewerage, waste management and remediation activities'),
       ('H', 'Transportation and storage'),
       ('J', 'Information and communication'),
       ('Q', 'Human health and social work activities'),
       ('S', 'Other service activities');

insert into sector (code, name, parent_id)
select v.code, v.name, p.id
from (values ('C10', 'Manufacture of food products', 'C'),
             ('C17', 'Manufacture of paper and paper products', 'C'),
             ('C21', 'Manufacture of basic pharmaceutical products and pharmaceutical preparations', 'C'),
             ('C26', 'Manufacture of computer, electronic and optical products', 'C'),
             ('C27', 'Manufacture of electrical equipment', 'C'),
             ('C29', 'Manufacture of motor vehicles, trailers and semi-trailers', 'C'),
             ('D35', 'Electricity, gas, steam and air conditioning supply', 'D'),
             ('E36', 'Water collection, treatment and supply', 'E'),
             ('J61', 'Telecommunications', 'J'),
             ('J62', 'Computer programming, consultancy and related activities', 'J'),
             ('Q86', 'Human health activities', 'Q'),
             ('S94', 'Activities of membership organisations', 'S')) as v (code, name, parent_code)
join sector p on p.code = v.parent_code;

insert into technology_field (code, name)
values ('A', 'Human necessities'),
       ('E', 'Fixed constructions'),
       ('Y', 'General tagging of new technological developments');

insert into technology_field (code, name, parent_id)
select v.code, v.name, p.id
from (values ('A61', 'Medical or veterinary science; hygiene', 'A'),
             ('E03', 'Water supply; sewerage', 'E'),
             ('Y04', 'Information or communication technologies having an impact on other technology areas', 'Y')) as v (code, name, parent_code)
join technology_field p on p.code = v.parent_code;

-- ---------------------------------------------------------------------------------------------
-- Regions
-- ---------------------------------------------------------------------------------------------

insert into region (country_id, slug, name, description, position)
select c.id, v.slug, v.name, v.description, v.position
from (values
        ('pearl-river-delta', 'Pearl River Delta',
         $txt$Located in Guangdong Province, the Pearl River Delta covers major cities such as Guangzhou, Shenzhen, Dongguan, Foshan, Zhongshan, Zhuhai and Huizhou. It was the first Special Economic Zone in China and has become one of the fastest-growing regions in the country: with 5% of China's population, it produces more than 10% of its economic output. It is specialised in electronic goods, electrical products and components, watches and clocks, toys, garments and textiles and plastic products, and is diversifying into the automotive, chemical, advanced materials and environmental technologies sectors.$txt$,
         1),
        ('yangtze-river-delta', 'Yangtze River Delta',
         $txt$The Yangtze River Delta comprises the municipality of Shanghai and the provinces of Jiangsu, Zhejiang and Anhui. It is China's richest region per capita and accounts for one-third of the country's imports and exports. In 2010 the State Council established a plan to transform it into a world-class city cluster by 2030, and a three-year action plan (2018-2020) focused on priorities such as new energy vehicles, power equipment, medical technology, aviation and aerospace, and ICT.$txt$,
         2),
        ('beijing-tianjin-hebei', 'Beijing-Tianjin-Hebei (Bohai Rim)',
         $txt$The portal's name for this region joins the briefing's "Beijing-Tianjin-Hebei" and the original country page's "Bohai Rim (Beijing – Tianjin – Liaoning)", which name overlapping areas. The Beijing-Tianjin-Hebei region covers Beijing, Tianjin, part of Hebei, part of Liaoning and part of Shandong, and is rising as the northern economic powerhouse, with around 10% of China's GDP and 8% of its population. Beijing is an internationally recognised political, educational, cultural and R&D centre, Tianjin is northern China's logistics centre with one of the busiest ports in the world, and Hebei is known for its heavy industries. The city cluster plan requires Hebei to move away from heavy polluting industries and Tianjin to become an R&D centre for manufacturing and a pilot area for financial innovation and reform.$txt$,
         3)
     ) as v (slug, name, description, position)
cross join country c
where c.slug = 'china';

-- ---------------------------------------------------------------------------------------------
-- Clusters
-- ---------------------------------------------------------------------------------------------

-- The briefing names and describes these clusters (section 3) but gives no NACE codes: their sector
-- codes below are the editors' classification of what it says. Latitude and longitude are those
-- of the cluster's city (its centre, to two decimals), the place the seeds give; a cluster whose
-- city they do not give stays off the map.
insert into cluster (slug, name, country_id, region_id, city, latitude, longitude, description, sectors_source,
                     sectors_source_detail)
select v.slug, v.name, c.id, r.id, v.city, v.latitude, v.longitude, v.description, 'EDITORIAL_CLASSIFICATION',
       'of the briefing''s description; no source gives NACE codes'
from (values
        ('guangzhou-automobile-city-cluster', 'Guangzhou automobile city cluster', 'pearl-river-delta', 'Guangzhou', 23.13, 113.26,
         $txt$Guangzhou is a major automotive manufacturing base, home to the Japanese car manufacturers Honda, Nissan and Toyota, with the Guangzhou Automobile Industry Group (GAIG) positioned at the centre of the cluster through joint ventures. The city has two automotive centres, Guangzhou Development Zone and Huadu Automobile City. The Guangzhou Automobile Industry 2025 Strategic Plan, launched in 2018, aimed to upgrade Guangzhou to a world-recognised manufacturing cluster by 2025, emphasising national brands, intelligent vehicles and innovation.$txt$),
        ('chongqing-automobile-cluster', 'Chongqing automobile cluster', null, 'Chongqing', 29.56, 106.55,
         $txt$Chongqing is a leading automotive region and a major automobile production base in China, with important automobile, motorcycle and accessories industries in the districts of Hechuan and Dazu. It has incubated brands such as Chongqing Chang'an, Chang'an Ford and Lifan, and is China's biggest motorcycle producer and exporter. In 2018 its automotive industry produced over 200,000 new energy automobiles and 800,000 smart network automobiles.$txt$),
        ('shanghai-zhangjiang-hi-tech-park', 'Shanghai Zhangjiang Hi-Tech Park (Zhangjiang Drug Valley)', 'yangtze-river-delta', 'Shanghai', 31.23, 121.47,
         $txt$Established in 1992, Zhangjiang Hi-Tech Park is one of China's first state-level high-tech zones and the core park of the Zhangjiang National Innovation Demonstration Zone; its biotechnology companies are concentrated in the "Zhangjiang Drug Valley" cluster, which at the time of the briefing hosted over 130 organisations and companies, including R&D centres of leading biomedical companies. Its biomedicine industries focus on chemical medicine, biomedicine, modern traditional Chinese medicine and medical equipment. The IC & biopharmacy cluster in Zhangjiang is also among China's most successful innovation clusters.$txt$),
        ('tonghua-pharmaceutical-hi-tech-industrial-development-zone', 'Tonghua Pharmaceutical Hi-tech Industrial Development Zone', null, 'Tonghua, Jilin', 41.73, 125.94,
         $txt$Established in 2005, the Zone was upgraded in 2013 into a national pharmaceutical high-tech zone approved by the State Council. Its main industry is traditional Chinese medicine (TCM), supported by industrial parks for TCM, biopharmaceutics, medical devices, medical packaging and pharmaceutical logistics. Home at the time of the briefing to 44 pharmaceutical enterprises, it has been known as the "national innovative pharmaceutical industry cluster pilot".$txt$),
        ('wuhan-east-lake-high-tech-zone', 'Wuhan East Lake High-tech Zone (Optics Valley of China)', null, 'Wuhan', 30.59, 114.31,
         $txt$Established in 1988 among the first batch of high-tech industrial development zones approved by the State Council, the Zone was initially launched as the "Optics Valley of China", the largest optical fibre and cable manufacturing base in China. It represents the highest development level in China in optical communications, laser, renewable energy and environmental protection, with industrial strengths in photoelectric information, biomedicine, new energy and energy saving (solar, wind, biomass and nuclear energy). Its fibre optical cable cluster is among China's most successful innovation clusters.$txt$),
        ('zhongguancun-science-park', 'Zhongguancun Science Park (Z-Park)', 'beijing-tianjin-hebei', 'Beijing', 39.90, 116.41,
         $txt$Zhongguancun Science Park is one of the leading technology centres in the world; at the time of the briefing it was home to nearly 20,000 high- and new-tech enterprises such as Lenovo and Baidu, and has turned into a high and new-tech industrial cluster featuring sectors such as ICT. It has 40 higher education institutions and 206 national and provincial research institutions, and more than 15,000 repatriates have established more than 6,000 enterprises in the park. Its IC design cluster is among China's most successful innovation clusters.$txt$),
        ('chengdu-hi-tech-industrial-development-zone', 'Chengdu Hi-Tech Industrial Development Zone (CDHT)', null, 'Chengdu', 30.57, 104.07,
         $txt$Established in 1988, the CDHT is one of the first state-level hi-tech industrial development zones in China and ranks 4th among all Chinese state-level hi-tech zones; it includes a south and a west technology park. At the time of the briefing it was home to 33,237 companies, 1,115 of them foreign-invested, and its incentive policies provide financial support to enterprises in sectors such as ICT. In 2017 it announced a plan to increase the intensity of its talent-recruitment effort.$txt$),
        ('shenzhen-communications-cluster', 'Shenzhen communications cluster', 'pearl-river-delta', 'Shenzhen', 22.54, 114.06,
         $txt$The communications cluster in Shenzhen is cited among China's most successful innovation clusters, which have emerged from Science and Technology Industrial Parks (STIPs) and High-Tech Zones (HTZs).$txt$),
        ('dalian-software-outsourcing-cluster', 'Dalian software outsourcing cluster', 'beijing-tianjin-hebei', 'Dalian', 38.91, 121.61,
         $txt$The software outsourcing cluster in Dalian is cited among China's most successful innovation clusters, which have emerged from Science and Technology Industrial Parks (STIPs) and High-Tech Zones (HTZs).$txt$),
        ('wuxi-iot-cluster', 'Wuxi IoT cluster', 'yangtze-river-delta', 'Wuxi', 31.49, 120.31,
         $txt$The Internet of Things (IoT) cluster in Wuxi is cited among China's most successful innovation clusters, which have emerged from Science and Technology Industrial Parks (STIPs) and High-Tech Zones (HTZs).$txt$),
        ('wuxi-photovoltaic-cluster', 'Wuxi photovoltaic cluster', 'yangtze-river-delta', 'Wuxi', 31.49, 120.31,
         $txt$The photovoltaic cluster in Wuxi is cited among China's most successful innovation clusters, which have emerged from Science and Technology Industrial Parks (STIPs) and High-Tech Zones (HTZs).$txt$)
     ) as v (slug, name, region_slug, city, latitude, longitude, description)
cross join country c
left join region r on r.slug = v.region_slug
where c.slug = 'china';

insert into cluster_sector (cluster_id, sector_id)
select cl.id, s.id
from (values ('guangzhou-automobile-city-cluster', 'C29'),
             ('chongqing-automobile-cluster', 'C29'),
             ('shanghai-zhangjiang-hi-tech-park', 'C21'),
             ('shanghai-zhangjiang-hi-tech-park', 'Q86'),
             ('shanghai-zhangjiang-hi-tech-park', 'C26'),
             ('tonghua-pharmaceutical-hi-tech-industrial-development-zone', 'C21'),
             ('wuhan-east-lake-high-tech-zone', 'D35'),
             ('wuhan-east-lake-high-tech-zone', 'C27'),
             ('zhongguancun-science-park', 'J62'),
             ('zhongguancun-science-park', 'C26'),
             ('chengdu-hi-tech-industrial-development-zone', 'J'),
             ('shenzhen-communications-cluster', 'J61'),
             ('dalian-software-outsourcing-cluster', 'J62'),
             ('wuxi-iot-cluster', 'J62'),
             ('wuxi-photovoltaic-cluster', 'D35'),
             ('wuxi-photovoltaic-cluster', 'C27')) as v (cluster_slug, sector_code)
join cluster cl on cl.slug = v.cluster_slug
join sector s on s.code = v.sector_code;

-- Where each cluster's region and place come from: the briefing places most clusters in a region
-- or a province; no seed places Dalian or Wuxi in a region, and no seed gives coordinates.
update cluster
set location_source = 'PREPARATORY_BRIEFING',
    location_source_detail = 'section 3: the cluster''s city, which section 3.1 places in this region; map place: the city centre, added by the editors'
where slug in ('guangzhou-automobile-city-cluster', 'shanghai-zhangjiang-hi-tech-park', 'zhongguancun-science-park',
               'shenzhen-communications-cluster');

update cluster
set location_source = 'PREPARATORY_BRIEFING',
    location_source_detail = 'section 3: the cluster''s city, in none of the three regions of section 3.1; map place: the city centre, added by the editors'
where slug in ('chongqing-automobile-cluster', 'tonghua-pharmaceutical-hi-tech-industrial-development-zone',
               'wuhan-east-lake-high-tech-zone', 'chengdu-hi-tech-industrial-development-zone');

update cluster
set location_source = 'EDITORIAL_CLASSIFICATION',
    location_source_detail = 'region inferred by the editors: Dalian lies in Liaoning, part of which section 3.1 counts to this region, though no source places the cluster in it; map place: the city centre'
where slug = 'dalian-software-outsourcing-cluster';

update cluster
set location_source = 'EDITORIAL_CLASSIFICATION',
    location_source_detail = 'region inferred by the editors: Wuxi lies in Jiangsu, which section 3.1 counts to this region, though no source places the cluster in it; map place: the city centre'
where slug in ('wuxi-iot-cluster', 'wuxi-photovoltaic-cluster');

-- ---------------------------------------------------------------------------------------------
-- ESCP-4i partnerships targeting China
-- (figures from the page's table; null = not given by the seeds)
-- ---------------------------------------------------------------------------------------------

insert into partnership (acronym, name, description, smes_involved, partner_count)
values ('MAGIA2Market', 'MAGIA2Market',
        'European Strategic Cluster Partnership for Going International (ESCP-4i) in medical or veterinary science and human health activities, targeting China, Japan and the United States.',
        560, 4),
       ('NF4', 'New Frontiers in Food Fast Forward',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the food sector, targeting Brazil, Canada, China and the United States.',
        561, 5),
       ('GIVE', 'Green ICT Development',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the automotive sector, targeting China, Egypt and Taiwan.',
        615, 8),
       ('EnW', 'Energy in Water',
        'European Strategic Cluster Partnership for Going International (ESCP-4i) in water supply and sewerage (water collection, treatment and supply), targeting China, Colombia, Mexico, Morocco, Peru, Singapore, Tunisia and the United States.',
        650, 7),
       ('eT4S', 'European Technologies for Sustainability',
        'European Strategic Cluster Partnership for Going International (ESCP-4i) in information and communication technologies with an impact on other technology areas, targeting Canada, China, Singapore, the United States and Taiwan.',
        700, 5),
       ('DIA', 'European Digital Industry Alliance',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the ICT sector; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null),
       ('ELBE', 'Europe Leading Blue Energy',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the energy sector; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null),
       ('FoodNet', 'Food In Eco Network',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the transportation and logistics sector; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null),
       ('AdPack²', 'European Strategic Cluster Partnership for Advanced Smart Packaging',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the paper and packaging sectors; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null),
       ('EC2i', 'European Cleantech Internationalization Initiative',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in environmental services; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null),
       ('MobiGoIn-Action', 'Mobility Goes International - In Action',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the transportation and logistics sector; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null),
       ('SPACE2IDGO', 'Space Clusters International Industrial Diversification',
        'Second-generation European Strategic Cluster Partnership for Going International (ESCP-4i) in the ICT sector; the Preparatory Briefing on China lists it among the nine ESCP-4i targeting China and does not name its other target countries.',
        null, null);

-- Where each list comes from. The original page's ESCP-4i table gives the first five partnerships'
-- figures, technology fields, sectors and targets (no sector for NF4, no technology field for NF4 and
-- GIVE); the briefing (section 4.1 and conclusion) lists nine partnerships targeting China, each with
-- a sector in words, and names no other targets; NACE codes for those words are the editors'.
update partnership
set figures_source = 'ORIGINAL_COUNTRY_PAGE', figures_source_detail = 'ESCP-4i table',
    target_countries_source = 'ORIGINAL_COUNTRY_PAGE', target_countries_source_detail = 'ESCP-4i table'
where acronym in ('MAGIA2Market', 'NF4', 'GIVE', 'EnW', 'eT4S');

update partnership
set technology_fields_source = 'ORIGINAL_COUNTRY_PAGE', technology_fields_source_detail = 'ESCP-4i table'
where acronym = 'eT4S';

update partnership
set technology_fields_source = 'ORIGINAL_COUNTRY_PAGE',
    technology_fields_source_detail = 'ESCP-4i table, which gives only the class description (“Medical or veterinary science; hygiene”); the code A61 completed by the editors from the patent classification'
where acronym = 'MAGIA2Market';

update partnership
set technology_fields_source = 'ORIGINAL_COUNTRY_PAGE',
    technology_fields_source_detail = 'ESCP-4i table, which gives only the class description (“Water supply; sewerage”); the code E03 completed by the editors from the patent classification'
where acronym = 'EnW';

update partnership
set description_source = 'EDITORIAL_CLASSIFICATION',
    description_source_detail = 'description written by the editors from the ESCP-4i table of the ECCP country page'
where acronym in ('MAGIA2Market', 'NF4', 'EnW', 'eT4S');

update partnership
set description_source = 'EDITORIAL_CLASSIFICATION',
    description_source_detail = 'description written by the editors from the ESCP-4i table and the briefing''s section 4.1; the table writes the name “Green Ict deVElopment” (capitals marking the acronym), corrected to “Green ICT Development”'
where acronym = 'GIVE';

update partnership
set description_source = 'EDITORIAL_CLASSIFICATION',
    description_source_detail = 'description written by the editors from the briefing''s section 4.1, which gives the name, acronym and sector'
where acronym in ('DIA', 'ELBE', 'FoodNet', 'AdPack²', 'EC2i', 'MobiGoIn-Action', 'SPACE2IDGO');

update partnership
set sectors_source = 'ORIGINAL_COUNTRY_PAGE', sectors_source_detail = 'ESCP-4i table'
where acronym in ('MAGIA2Market', 'EnW', 'eT4S');

update partnership
set sectors_source = 'ORIGINAL_COUNTRY_PAGE',
    sectors_source_detail = 'ESCP-4i table: S94; C29 is an editorial classification of the briefing''s “automotive sector”'
where acronym = 'GIVE';

update partnership
set sectors_source = 'EDITORIAL_CLASSIFICATION',
    sectors_source_detail = 'of the sector the briefing names in words (section 4.1)'
where acronym in ('NF4', 'DIA', 'ELBE', 'FoodNet', 'AdPack²', 'EC2i', 'MobiGoIn-Action', 'SPACE2IDGO');

update partnership
set target_countries_source = 'PREPARATORY_BRIEFING',
    target_countries_source_detail = 'section 4.1: targets China; other targets not stated'
where acronym in ('DIA', 'ELBE', 'FoodNet', 'AdPack²', 'EC2i', 'MobiGoIn-Action', 'SPACE2IDGO');

insert into partnership_technology_field (partnership_id, technology_field_id)
select p.id, t.id
from (values ('MAGIA2Market', 'A61'),
             ('EnW', 'E03'),
             ('eT4S', 'Y04')) as v (acronym, field_code)
join partnership p on p.acronym = v.acronym
join technology_field t on t.code = v.field_code;

insert into partnership_sector (partnership_id, sector_id)
select p.id, s.id
from (values ('MAGIA2Market', 'Q86'),
             ('NF4', 'C10'),
             ('GIVE', 'S94'),
             ('GIVE', 'C29'),
             ('EnW', 'E36'),
             ('eT4S', 'S94'),
             ('DIA', 'J'),
             ('ELBE', 'D35'),
             ('FoodNet', 'H'),
             ('AdPack²', 'C17'),
             ('EC2i', 'E'),
             ('MobiGoIn-Action', 'H'),
             ('SPACE2IDGO', 'J')) as v (acronym, sector_code)
join partnership p on p.acronym = v.acronym
join sector s on s.code = v.sector_code;

insert into partnership_target_country (partnership_id, country_id)
select p.id, c.id
from (values ('MAGIA2Market', 'china'), ('MAGIA2Market', 'japan'), ('MAGIA2Market', 'united-states'),
             ('NF4', 'brazil'), ('NF4', 'canada'), ('NF4', 'china'), ('NF4', 'united-states'),
             ('GIVE', 'china'), ('GIVE', 'egypt'), ('GIVE', 'taiwan'),
             ('EnW', 'china'), ('EnW', 'colombia'), ('EnW', 'mexico'), ('EnW', 'morocco'),
             ('EnW', 'peru'), ('EnW', 'singapore'), ('EnW', 'tunisia'), ('EnW', 'united-states'),
             ('eT4S', 'canada'), ('eT4S', 'china'), ('eT4S', 'singapore'), ('eT4S', 'united-states'), ('eT4S', 'taiwan'),
             ('DIA', 'china'),
             ('ELBE', 'china'),
             ('FoodNet', 'china'),
             ('AdPack²', 'china'),
             ('EC2i', 'china'),
             ('MobiGoIn-Action', 'china'),
             ('SPACE2IDGO', 'china')) as v (acronym, country_slug)
join partnership p on p.acronym = v.acronym
join country c on c.slug = v.country_slug;

-- ---------------------------------------------------------------------------------------------
-- Documents
-- ---------------------------------------------------------------------------------------------

insert into document (country_id, title, kind, published_year, summary, url)
select c.id, v.title, v.kind, null, v.summary, null
from (values
        ('Preparatory Briefing on China', 'BRIEFING',
         $txt$Up-to-date information on the cluster landscape in China, to support European cluster organisations and their members in familiarising themselves with the country and exploring its potential for collaboration and market opportunities. It gives an overview of the country's economy and the sectoral trends and strengths where clusters contribute, and outlines the cluster community, cluster policies, local support to clusters and cluster programmes, including their historical development and internationalisation activity.$txt$),
        ('Discussion paper', 'DISCUSSION_PAPER',
         $txt$Complementary report to the Preparatory Briefing on China. It provides an overview of the existing European Union (EU)-China cluster cooperation and presents related good practices and success stories, as well as opportunities for future exchange.$txt$)
     ) as v (title, kind, summary)
cross join country c
where c.slug = 'china';

-- ---------------------------------------------------------------------------------------------
-- Achievements: selected EU-China research, development and innovation projects (briefing, Annex A.2)
-- ---------------------------------------------------------------------------------------------

insert into achievement (country_id, title, summary, start_year, end_year, url, source, source_detail)
select c.id, v.title, v.summary, v.start_year, v.end_year, v.url, 'PREPARATORY_BRIEFING', 'Annex A.2'
from (values
        ('Strengthening international R&I cooperations between China and the EU (SENET)',
         $txt$The Sino-European Health Networking Hub (SENET) aims to create a sustainable health networking and knowledge hub for a constant and constructive dialogue between Chinese and EU research and innovation entities, and to increase collaborative efforts addressing common health research and innovation challenges.$txt$,
         2019, 2021, 'http://senet-hub.eu/'),
        ('5G Harmonised Research and Trials for Service Evolution between EU and China (5G-DRIVE)',
         $txt$5G-DRIVE aims to increase harmonisation and R&I cooperation between the EU and China in 5G through linked trials and research activities with the Chinese twin project "5G Large-Scale Trial". It trials and validates interoperability solutions between EU and Chinese 5G networks, including enhanced Mobile Broadband (eMBB) and vehicle-to-everything (V2X) scenarios.$txt$,
         2018, 2021, 'https://5g-drive.eu/'),
        ('Sino-European innovative green and smart cities (SiEUGreen)',
         $txt$SiEUGreen aims to enhance EU-China cooperation in promoting urban agriculture for food security, resource efficiency and smart, resilient cities. Building on the model of zero-waste and circular economy, it demonstrates how technological and societal innovation in urban agriculture can have a positive impact on society and the economy.$txt$,
         2018, 2021, 'http://www.sieugreen.eu/'),
        ('Transition towards urban sustainability through socially integrative cities in the EU and in China (TRANS-URBAN-EU-CHINA)',
         $txt$TRANS-URBAN-EU-CHINA helps policy makers, urban authorities, real estate developers, public service providers and citizens in China to create socially integrative cities in an environmentally friendly and financially viable way. It also helps urban stakeholders in Europe to reflect on and reconsider their approaches towards sustainable urbanisation.$txt$,
         2018, 2020, 'http://transurbaneuchina.eu/'),
        ('EU-China Innovation Platform on Sustainable Urbanisation (URBAN-EU-CHINA)',
         $txt$URBAN-EU-CHINA develops a robust, evidence-driven bottom-up approach to complement the existing top-down EU-China strategic approach to sustainable urbanisation, through a strategic R&I agenda, networking events, peer-to-peer exchanges, benchmarking and monitoring, and joint demonstration projects.$txt$,
         2017, 2019, 'http://www.urban-eu-china.eu/en/'),
        ('ENRICH in China (powered by the ERICENA H2020 project)',
         $txt$Launched in October 2017, ENRICH in China offers services to European research, technology and business organisations, including start-ups and SMEs, connecting them to the Chinese market. It has its headquarters in Beijing, hosted by the EU SME Centre, a first regional hub in Chengdu, hosted by EUPIC, and a European office in Brussels, hosted by EBN.$txt$,
         2017, 2020, 'http://china.enrichcentres.eu'),
        ('EU-China study on IoT and 5G (EXCITING)',
         $txt$EXCITING analysed the research and innovation ecosystem for IoT and 5G in China and compared it with the European model, in order to support favourable conditions for cooperation between European and Chinese research and innovation ecosystems in these key strategic domains.$txt$,
         2016, 2019, 'http://www.euchina-iot5g.eu/')
     ) as v (title, summary, start_year, end_year, url)
cross join country c
where c.slug = 'china';

-- ---------------------------------------------------------------------------------------------
-- History: the rows above as the first revision of each, without an author, so that an editor
-- can undo even the first change. One revision per group an editor maintains together, in the
-- order their editing came: regions and clusters, partnerships and countries, sectors,
-- technology fields. Sections, documents and achievements start their history at their first
-- change.
-- ---------------------------------------------------------------------------------------------

insert into revision (timestamp) values ((extract(epoch from now()) * 1000)::bigint);

insert into region_aud (id, rev, revtype, country_id, slug, name, description, position)
select id, (select max(id) from revision), 0, country_id, slug, name, description, position from region;

insert into cluster_aud (id, rev, revtype, slug, name, country_id, region_id, city, latitude, longitude,
                         location_source, location_source_detail, description, website,
                         sectors_source, sectors_source_detail, technology_fields_source, technology_fields_source_detail)
select id, (select max(id) from revision), 0, slug, name, country_id, region_id, city, latitude, longitude,
       location_source, location_source_detail, description, website,
       sectors_source, sectors_source_detail, technology_fields_source, technology_fields_source_detail
from cluster;

insert into cluster_sector_aud (rev, revtype, cluster_id, sector_id)
select (select max(id) from revision), 0, cluster_id, sector_id from cluster_sector;

insert into cluster_technology_field_aud (rev, revtype, cluster_id, technology_field_id)
select (select max(id) from revision), 0, cluster_id, technology_field_id from cluster_technology_field;

insert into revision (timestamp) values ((extract(epoch from now()) * 1000)::bigint);

insert into partnership_aud (id, rev, revtype, acronym, name, description, description_source, description_source_detail,
                             smes_involved, partner_count,
                             figures_source, figures_source_detail, technology_fields_source, technology_fields_source_detail,
                             sectors_source, sectors_source_detail, target_countries_source, target_countries_source_detail)
select id, (select max(id) from revision), 0, acronym, name, description, description_source, description_source_detail,
       smes_involved, partner_count,
       figures_source, figures_source_detail, technology_fields_source, technology_fields_source_detail,
       sectors_source, sectors_source_detail, target_countries_source, target_countries_source_detail
from partnership;

insert into partnership_technology_field_aud (rev, revtype, partnership_id, technology_field_id)
select (select max(id) from revision), 0, partnership_id, technology_field_id from partnership_technology_field;

insert into partnership_sector_aud (rev, revtype, partnership_id, sector_id)
select (select max(id) from revision), 0, partnership_id, sector_id from partnership_sector;

insert into partnership_target_country_aud (rev, revtype, partnership_id, country_id)
select (select max(id) from revision), 0, partnership_id, country_id from partnership_target_country;

insert into partnership_member_aud (rev, revtype, partnership_id, cluster_id)
select (select max(id) from revision), 0, partnership_id, cluster_id from partnership_member;

insert into country_aud (id, rev, revtype, slug, name, iso_code, reviewed_on, introduction, capital, capital_source, capital_source_detail,
                         currency_code, currency_source, currency_source_detail,
                         population, population_year, population_source, population_source_detail,
                         area_km2, area_year, area_source, area_source_detail,
                         gdp_usd, gdp_year, gdp_source, gdp_source_detail,
                         gdp_per_capita_usd, gdp_per_capita_year, gdp_per_capita_source, gdp_per_capita_source_detail)
select id, (select max(id) from revision), 0, slug, name, iso_code, reviewed_on, introduction, capital, capital_source, capital_source_detail,
       currency_code, currency_source, currency_source_detail,
       population, population_year, population_source, population_source_detail,
       area_km2, area_year, area_source, area_source_detail,
       gdp_usd, gdp_year, gdp_source, gdp_source_detail,
       gdp_per_capita_usd, gdp_per_capita_year, gdp_per_capita_source, gdp_per_capita_source_detail
from country;

insert into revision (timestamp) values ((extract(epoch from now()) * 1000)::bigint);

insert into sector_aud (id, rev, revtype, code, name, parent_id)
select id, (select max(id) from revision), 0, code, name, parent_id from sector;

insert into revision (timestamp) values ((extract(epoch from now()) * 1000)::bigint);

insert into technology_field_aud (id, rev, revtype, code, name, parent_id)
select id, (select max(id) from revision), 0, code, name, parent_id from technology_field;

-- Statistics for the planner, so that a fresh demo database is planned right from the start.
analyze;
