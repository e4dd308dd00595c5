-- Chinese (zh-Hans) translations of the demo content of china.sql, published. DemoContentLoader runs it right after
-- china.sql, in the same transaction. Rows are matched by their natural keys; the keys of "texts" are the Java field
-- names of the English texts (provenance notes: "<attribute>.detail"). Partnership names and acronyms stay in English.

-- ---------------------------------------------------------------------------------------------
-- Countries
-- ---------------------------------------------------------------------------------------------

update country
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts', jsonb_build_object(
        'name', '中国',
        'introduction', '中国拥有众多重要的产业集群。近年来，中欧双边对话不断深化，带动了欧洲与中国产业集群之间的合作往来。《中欧合作2020战略规划》旨在推动形成协同效应、加强战略领域的合作，为发起集群合作倡议奠定了坚实基础。',
        'capital', '北京',
        'capitalSource.detail', '基本概况',
        'currencySource.detail', '基本概况，原文写作“Yuan”（元）；编辑补充了其ISO 4217代码CNY，本门户以此代码明确无误地标示货币',
        'population.source.detail', '基本概况，原文写作“1,357 trillion”；编辑更正为13.57亿，因为其中的“1,357”以逗号作小数点，而人口不可能以万亿计',
        'areaKm2.source.detail', '基本概况，原文写作“9,597 millions km²”；编辑更正为959.7万平方公里，因为其中的“9,597”以逗号作小数点',
        'gdpUsd.source.detail', '基本概况',
        'gdpPerCapitaUsd.source.detail', '基本概况')))
where slug = 'china';

-- The other target countries of the ESCP-4i partnerships: their names as CLDR gives them in Chinese, the way EU
-- publications in Chinese name them (Taiwan: 台湾, and the texts say 国家和地区 where it is among the targets).
update country c
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('name', v.name)))
from (values ('japan', '日本'),
             ('united-states', '美国'),
             ('brazil', '巴西'),
             ('canada', '加拿大'),
             ('egypt', '埃及'),
             ('taiwan', '台湾'),
             ('colombia', '哥伦比亚'),
             ('mexico', '墨西哥'),
             ('morocco', '摩洛哥'),
             ('peru', '秘鲁'),
             ('singapore', '新加坡'),
             ('tunisia', '突尼斯')) as v (slug, name)
where c.slug = v.slug;

-- ---------------------------------------------------------------------------------------------
-- Sections
-- ---------------------------------------------------------------------------------------------

update country_section
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts', jsonb_build_object(
        'lead', '1978年，中国开始由计划经济转向市场经济，此后经济社会迅速发展。目前，中国在许多对全球经济和社会发展至关重要的行业中处于领先地位。中国是世界第二大经济体、第一大出口国和第二大进口国。',
        'body', '### 概述

二十世纪，中国逐步由计划经济转向市场经济。随着邓小平于1978年推行改革，中国经济社会迅速发展，主要动力来自工业和服务业。过去30年间，中国一直是世界上增长最快的经济体，增长率持续保持在10%左右。2018年，中国国内生产总值（GDP）增长6.6%，为近三十年来的最低增速，但与西方经济体相比仍相当可观。

世界银行将中国列为中等偏上收入经济体，但由于人均GDP较低，中国仍被视为发展中国家。经济增长带来了诸多社会挑战，第十三个五年规划（“十三五”规划，2016—2020年）为此采取了一系列措施：减少污染、提高能效、改善教育和医疗服务的可及性、扩大社会保障并解决不平等问题。

欧盟与中国于1975年建交，2013年通过中欧全面战略伙伴关系提升了双边关系。在2018年第二十次中欧领导人会晤上，双方同意实施2018—2020年旗舰计划，并探讨在基础研究、前沿科学和重大社会挑战领域深化合作的路线图，重点关注气候变化和清洁能源。

中国是欧盟最大的进口来源地，也是仅次于美国的欧盟第二大出口市场，占欧盟出口总额的9.7%（1701.36亿欧元）。欧盟是中国最大的贸易伙伴，占比20.2%（3446.42亿欧元）。欧盟对华出口以机械设备、机动车辆、飞机和化学品为主。

欧盟对华存在大额贸易逆差，主要原因在于市场准入壁垒，例如透明度不足、歧视性产业政策和非关税措施、国有企业居于主导地位、获得补贴的机会不平等以及知识产权保护不力。欧盟2016年制定的对华贸易战略涵盖2016—2021年，倡导互惠和公平竞争，并致力于推动全面投资协定的谈判。

### 欧洲的机遇

#### 投资与贸易

在2018年科尔尼外国直接投资信心指数中，中国位列第5，为该指数发布以来的最低排名。在世界银行营商便利度排名中，中国从2017年的第78位升至2018年的第46位（共190个经济体），这得益于多项改进措施，例如将企业注册所需时间从22.9天缩短至9天。

挑战依然存在，包括居民消费偏低、企业和地方政府债务高企、社会不平等、房地产投机以及产能过剩。环境恶化（主要集中在北方地区）是一个长期存在的问题；2016年，中国批准了《巴黎协定》，承诺在2025年至2030年间使二氧化碳排放量达到上限。

《中欧合作2020战略规划》（2013年）启动了中欧全面投资协定谈判，旨在改善双方投资者的市场准入和法律确定性，并确保公平竞争环境。

#### 科学、技术与创新

2015年，中国政府发布《**中国制造2025**》战略，旨在依托高度创新的制造技术，将中国建设成为先进且具有竞争力的经济体。该战略聚焦10个重点领域，从新一代信息技术、机器人和航空航天，到新能源汽车、电力装备、新材料以及生物医药和高性能医疗器械，并规划建设40个新的研发中心，以推动制造业创新。

2017年，中国研发总支出为2227亿欧元，其中77.5%来自企业，14.4%来自政府资助的研究机构，6.8%来自高校。中国的目标是到2020年将研发投入强度提高到2.5%，科技进步对经济增长的贡献率达到60%。

### 优势行业

“十三五”规划确定了六大战略性新兴产业：生物技术；新一代信息产业；空间信息网络智能感知；储能与分布式能源；先进材料；新能源汽车。最具中欧合作潜力的行业似乎是汽车、医疗健康、可再生能源和信息通信技术（ICT）。

#### 汽车

中国是世界最大的汽车市场。2018年，中国汽车产量为2780万辆，销量为2800万辆。新能源汽车产量达到120万辆（比2017年增长59.9%），销量达到120万辆（增长61.7%；简报原文写作“1.2 units”，编辑参照产量的写法补上了单位“million”），汽车出口量达到100万辆（增长16.8%）。中国通过购置补贴、免税和政府采购推广新能源汽车，“十三五”规划还支持电池技术的发展和统一标准的充电网络建设。

#### 医疗健康

“健康中国2030”政策将公众健康置于决策的核心位置。简报撰写时，中国是世界第二大医药市场，预计2020年规模将达到1541亿欧元；2015年国家食品药品监督管理总局（CFDA）的改革将药品审批时间从五年缩短至六个月。中国也是世界上最大的医疗器械市场之一。

#### 可再生能源

中国的可再生能源发电量和装机容量均居世界领先地位。2018年，可再生能源装机容量增长12%，发电量达1.87万亿千瓦时，占全国总发电量的26.7%。2017年，中国出口光伏组件约3790万千瓦，新增风电装机2200万千瓦。由于中国70%的河流和60%的地下水受到污染，节水是“十三五”规划的重点领域之一。

#### 信息通信技术

2017年，中国信息通信技术行业总产值超过2.3万亿欧元，预计2016年至2021年间市场年均复合增长率为8.6%；据估计，到2021年数字经济将占GDP的55%。简报撰写时，中国已有300多个智慧城市试点，是世界最大的机器对机器（M2M）市场，并积极参与5G国际标准的制定。')))
where topic = 'ECONOMIC_CONTEXT' and country_id = (select id from country where slug = 'china');

update country_section
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts', jsonb_build_object(
        'lead', '中国拥有众多重要的产业集群，集群活动主要集中在农业、高新技术产业和制造业。这些集群分布在不同地区，主要是珠江三角洲（珠三角）、长江三角洲（长三角）和环渤海地区（北京—天津—辽宁）。',
        'body', '### 集群分布

1978年，中国以改革开放政策开启了依托全球化的经济增长进程：这一政策使某些行业的私营竞争合法化，并开辟了允许外商投资的区域。不断增长的市场需求使大量产业集群在短时间内涌现，主要分布在华南和华东沿海地区。此后，中国的产业集群吸引了大量投资，带动了相关产业的发展，并促进了制造、商贸和物流等行业的繁荣。

中国的产业集群有以下几种类型：

- 凭借丰富资源和劳动力技能取得成功的集群，例如广东省和温州的集群；
- 得益于毗邻国际交通基础设施的沿海出口导向型采购和制造集群，例如广东东莞的信息技术集群；
- 围绕大型国有企业形成、吸引中小供应商和衍生企业聚集的集群，例如青岛的海尔集群和长春的一汽集群。

#### 经济特区

自20世纪80年代初以来，中国政府一直对产业集群的创建和发展给予特别支持。经济特区的设立旨在促进经济发展，特区享有财政、投资和贸易方面的优惠，以吸引外资和技术、促进就业并支持资本形成。据世界银行介绍，经济特区的范围和功能各不相同，既有支持特定经济功能的指定区域，也有自由贸易区、产业园区、技术创新园区和保税区。一些产业集群正是从经济特区中发展起来的，例如北京、上海和深圳的集群。

#### 科技工业园区和高新技术产业开发区

科技工业园区（STIP）和高新技术产业开发区（高新区，HTZ）是中国国家创新体系的关键力量：它们创造商机、鼓励创业，并提供知识型就业岗位。科技工业园区已成为中国经济改革最重要的成果之一，通过持续的研发投入、技术转移和产业集聚培育企业和产业集群。中国一些最成功的创新集群就诞生于科技工业园区和高新区：

- 北京中关村科技园区的集成电路设计集群；
- 上海张江的集成电路和生物医药集群；
- 武汉东湖的光纤光缆集群；
- 深圳的通信集群；
- 大连的软件外包集群；
- 无锡的物联网和光伏集群。

#### 中国的城市群

中国政府通过注重区域专业化的城市群政策，计划将全国打造为19个超级区域，集聚企业、研发机构和高校，以促进创新。在19个城市群中，中央政府优先推动其中三个到2020年发展为世界级城市群：珠江三角洲、长江三角洲和京津冀。按照当时的预期，这三个城市群将成为最具创新力和国际竞争力的城市群，并带动全国经济发展；其余16个为中小型城市群。

### 三大区域

#### 珠江三角洲（珠三角）

珠三角位于广东省，涵盖广州、深圳、东莞、佛山、中山、珠海和惠州等主要城市。它是中国第一个经济特区，已发展成为全国增长最快的地区之一：以占全国5%的人口，创造了全国10%以上的经济产出。东岸以电子和信息技术产品为主，西岸以家电为主。知名的产业集群包括中山的机械、电子、包装、灯饰和休闲服装集群，东莞和深圳的电子产品集群，广州的牛仔服装和汽车集群，以及惠州的制鞋集群。

#### 长江三角洲（长三角）

长三角包括上海市以及江苏、浙江和安徽三省，按人均计算是中国最富裕的地区，进出口额占全国的三分之一。上海是物流中心和中国内地的金融中心，浙江和江苏制造业实力雄厚，安徽则是华东地区重要的能源和煤炭供应地。三年行动计划（2018—2020年）聚焦海洋工程和高技术船舶、新能源汽车、电力装备、先进轨道交通、医疗技术、航空航天以及信息通信技术；该地区的产业园区和两个自由贸易区预计将吸引外商投资。

#### 京津冀（环渤海地区）

简报称该地区为京津冀，原国家页面则称之为环渤海地区（北京—天津—辽宁），本门户将两个名称合并使用。该地区涵盖北京、天津、河北部分地区、辽宁部分地区和山东部分地区，约占全国GDP的10%和人口的8%。北京是国际公认的政治、教育、文化和研发中心；天津是中国北方的物流中心，拥有世界上最繁忙的港口之一；河北以重工业著称。其他产业还包括天津的航空、物流和航运，沧州的保温材料和金属铸造，廊坊的家具，邯郸的紧固件，以及石家庄的高端医药。

### 重点行业的领先集群

汽车、医疗健康、可再生能源和信息通信技术行业的产业集群被认为是欧盟最值得关注的集群之一。领先的例子包括：

- **汽车**：广州汽车城产业集群和重庆汽车产业集群；
- **医疗健康**：上海张江高科技园区（“张江药谷”）和通化医药高新技术产业开发区；
- **可再生能源**：武汉东湖新技术开发区（“中国光谷”）；
- **信息通信技术**：中关村科技园区和成都高新技术产业开发区（成都高新区）。')))
where topic = 'CLUSTER_COMMUNITY' and country_id = (select id from country where slug = 'china');

update country_section
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts', jsonb_build_object(
        'lead', '中国的公共集群政策由中央和省级政府共同制定，中央政府依据国家发展和改革委员会（国家发展改革委）发布的促进产业集群发展的指导意见，推动产业集群持续发展。中央政府在集群发展方面最重要的计划是火炬计划，这是国家于1988年批准实施的一项发展中国高新技术产业的计划。',
        'body', '### 中国的集群政策

中国的集群政策由中央和省级政府共同制定。中央政府认识到产业集群对经济社会发展的重要性，依据国家发展和改革委员会（国家发展改革委）发布的促进产业集群发展的指导意见，推动产业集群持续发展。

其中最重要的是**火炬计划**。该计划于1988年经国家批准实施，是应对全球科技革命和经济改革的举措，旨在发展中国的高新技术产业并推动其国际化。

集群发展主要由国家发展改革委负责，工业和信息化部（工信部）和科学技术部（科技部）也参与其中。2015年，上述部门发布指导意见，进一步推动产业集群发展以支持中小企业：地方政府应将集群发展与其他区域发展规划统筹考虑，并鼓励建设中小企业产业园和创业孵化器。

国家发展改革委和工信部均不向产业集群提供直接资金支持，但集群发展成效显著：在集群内，企业可以获得信贷、享受税收优惠并取得非正规融资，地方政府则提供公共产品。

#### 创新型产业集群的认定

2013年，科技部发布了创新型产业集群的认定管理办法，认定指标涵盖：

- 创新环境（地方政策、产业链、配套设施等）；
- 产业发展水平（企业数量、收入、市场份额、研发投入、专利、标准等）；
- 服务机构数量（孵化器、研发机构、天使投资和风险投资等）。

科技部火炬高技术产业开发中心负责认定工作，各地方政府则牵头在本地区落实这些指标。

#### 中欧集群合作

科技部与欧盟委员会内部市场、工业、创业和中小企业总司（DG GROW）一直在探讨未来如何通过产业集群开展合作，支持中小企业国际化。在欧洲集群合作平台（ECCP）注册的许多欧洲集群对中国很感兴趣：简报撰写时，其中有271个集群将中国列为国际业务的目标国，另有九个第二代欧洲战略集群伙伴关系——国际化（ESCP-4i）以中国为目标：

- European Digital Industry Alliance（DIA）——信息通信技术行业；
- Europe Leading Blue Energy（ELBE）——能源行业；
- Food In Eco Network（FoodNet）——交通运输和物流行业；
- Green ICT Development（GIVE）——汽车行业；
- European Strategic Cluster Partnership for Advanced Smart Packaging（AdPack²）——造纸和包装行业；
- European Cleantech Internationalization Initiative（EC2i）——环境服务；
- Mobility Goes International - In Action（MobiGoIn-Action）——交通运输和物流行业；
- New Frontiers in Food Fast Forward（NF4）——食品行业；
- Space Clusters International Industrial Diversification（SPACE2IDGO）——信息通信技术行业。

### 汽车产业政策和计划

根据《汽车产业发展政策》（2004年），外国投资者只能通过中方控股的合资企业在华生产整车；自2004年起，国内生产商还受益于关键原材料的出口限制。

2018年5月，国家发展改革委发布《汽车产业投资管理规定（征求意见稿）》，拟向地方政府下放更多审批权限，取消燃油汽车的新增产能，提高电动汽车生产企业的准入门槛，推广新能源汽车，并建立智能汽车创新体系。简报撰写时，预计专用车和新能源汽车的外资股比限制将率先取消，商用车和乘用车的外资股比限制随后于2022年取消，届时外资车企在华合资企业不得超过两家的规定也将取消。“十三五”规划还推动发展智能交通，包括车联网和船联网。

### 医疗健康政策和计划

中国于2009年宣布医药卫生体制改革，内容涵盖公立医院改革、基层医疗、定价与支付、药品质量监管和信息系统；第一阶段（2009—2011年）的重点是扩大覆盖面。

2016年发布的《**“健康中国2030”规划纲要**》为新一轮医疗卫生改革奠定了基础。其目标包括将人均预期寿命提高到79岁、控制主要健康危险因素和改善健康服务，措施包括健康教育、倡导健康生活方式、实现医疗服务全民覆盖，以及改革医疗保险、药品和医疗器械体制。“十三五”规划强调预防为主；支持社会资本参与公立医院，也为产业集群带来了机遇，例如农村地区的妇女、儿童和老年人护理体系以及患者转诊体系。

### 可再生能源政策和计划

《可再生能源法》（2005年颁布，2019年修订）是中国推广可再生能源的里程碑。《能源发展战略行动计划（2014—2020年）》旨在降低单位GDP能耗。“十三五”规划（2016—2020年）设定的目标包括：

- 到2020年和2030年，非化石能源占一次能源消费的比重分别达到15%和20%；
- 到2020年，可再生能源发电装机容量达到6.8亿千瓦，风电装机容量达到2.1亿千瓦；
- 发展海上风电和海洋能，实现技术领先并减少对外国企业的依赖；
- 解决可再生能源弃电问题。

2016年，国家发展改革委推行可再生能源发电全额保障性收购制度；2017年，又启动了绿色电力证书自愿认购机制。

### 信息通信技术政策和计划

中央政府大力推动信息通信技术行业的发展，并鼓励外商投资。工信部的《2006—2020年国家信息化发展战略》旨在以高技术带动经济增长，发展自主核心技术，建立世界一流、可靠安全的信息系统，并实现政务和军务无纸化。“十三五”规划扶持集成电路、人工智能、智能硬件、5G移动通信、先进传感器和可穿戴设备的发展；自2015年起，人工智能已被纳入多项国家计划。

《网络安全法》（2016年）对网络活动实行严格管控，并对数据本地存储、合资伙伴和网络资产登记提出了要求；2016年的《电信业务分类目录》禁止外国企业在与中国企业组建的合资企业之外经营众多业务。')))
where topic = 'CLUSTER_POLICIES' and country_id = (select id from country where slug = 'china');

update country_section
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts', jsonb_build_object(
        'lead', '中欧合作的建立旨在应对健康、气候变化、粮食安全和清洁能源供应等全球性挑战。就信息通信技术产业而言，由于中国和欧盟均被视为全球信息通信技术的领导者，双方合作可为彼此的企业和社会带来巨大的共同利益。',
        'body', '为促进中欧产业集群之间的合作，已开展了若干项目和一些集群对接考察活动。从ESCP-4i倡议下现有集群联合体的情况看，中国是国际合作中最受关注的目标国之一。

### 欧洲产业集群的机遇

经过二十多年的经济增长，中国的产业集群已成为各地区经济发展和国际竞争力的重要驱动力。在市场需求和政府支持的推动下，它们已从发展阶段迈向更加成熟的阶段，并日益专业化、市场化和全球化。

中国的产业集群生态系统包括沿海集群、依托丰富自然资源和劳动力技能的集群、出口导向型集群，以及围绕大型国有企业形成的集群。这些集群的目标、运作方式和监管规定各不相同，欧洲各方在寻找合作机会时应加以考虑。这一生态系统还高度分散：科技工业园区（STIP）和高新技术产业开发区（HTZ）推动创新、研发和创业，而作为中国经济增长里程碑的经济特区则为中欧集群合作提供了重要机遇。

将中国打造为19个超级区域的规划为国际合作带来了机遇：简报撰写时，珠江三角洲、长江三角洲和京津冀预计将发展为全球性集群，为国际合作和外商投资提供便利。放宽汽车等关键行业外资限制的新规预计将带来更多机遇。

欧盟和中国均处于领先地位的行业，特别是汽车、医疗健康、可再生能源和信息通信技术，都深深植根于科学、技术与创新（STI），为中欧产业集群提供了广泛的合作机会。

### 欧洲产业集群的兴趣

对中国感兴趣的欧洲产业集群数量众多，这是中欧集群合作潜力的重要标志：简报撰写时，在欧洲集群合作平台（ECCP）注册的集群中有271个将中国列为国际业务的目标国，另有九个第二代欧洲战略集群伙伴关系——国际化（ESCP-4i）以中国为目标，即DIA（信息通信技术）、ELBE（能源）、FoodNet（交通运输和物流）、GIVE（汽车）、AdPack²（造纸和包装）、EC2i（环境服务）、MobiGoIn-Action（交通运输和物流）、NF4（食品）和SPACE2IDGO（信息通信技术）。

### 中欧合作框架

《中欧合作2020战略规划》（2013年）提出了一项中欧集群合作倡议，以加强在可持续增长和城镇化等具有战略意义的领域的合作。简报撰写时，该倡议尚未落地，因为双边集群合作主要是在欧盟企业和中小企业竞争力计划（COSME）下以自下而上的方式开展。双方都认为集群合作是商业上的双赢之道，但欧盟对战略领域的高价值活动持审慎态度，特别是人工智能，因为它具有军民两用性，并可能对全球价值链中的制造业产生影响。

中国知识产权服务台（China IPR SME Helpdesk）为有意在华经营的欧洲企业提供支持，帮助其保护知识产权，并协助寻找合作伙伴以及开展销售和分销。

#### 科技创新协定

- **《中欧科技合作协定》**：1998年12月签署，2014年12月第三次续签；协定的执行由联合指导委员会监督，该委员会最近一次会议于2018年12月召开。
- **中欧创新合作对话（ICD）**：由欧盟委员会于2012年9月设立，是就创新政策与体系、框架条件以及新的联合研究与创新倡议开展交流的高层论坛。在第三次中欧创新合作对话上，中欧双方商定了一揽子新的旗舰计划，涉及食品、农业和生物技术，环境与可持续城镇化，地面交通，更安全、更环保的航空，以及面向环境和人类健康的生物技术。
- **《欧洲原子能共同体与中国和平利用核能研发合作协定》**：2008年4月签署，由欧盟委员会研究与创新总司和科技部共同主持的联合指导委员会负责实施。

#### 中欧联合资助机制

2016年，欧盟委员会与科技部宣布在“地平线2020”框架下设立中欧联合资助机制（CFM），科技部每年为参与“地平线2020”的在华研究人员和企业提供2亿元人民币资金。简报两次换算这一金额，结果不同：第2.2节为2857万欧元，附件A.1则为“每年逾2500万欧元”（对应“200 Million RMB”）；由于简报未注明两次换算的时间，本门户将两者一并列出。根据2017年6月在布鲁塞尔举行的第三次中欧创新合作对话上签署的协议，联合资助机制在2018—2020年继续实施；在此期间，欧盟委员会计划每年向与中方合作开展联合项目的欧洲机构提供逾1亿欧元资金，涉及食品、农业、生物技术和绿色交通等主题。截至2018年10月，中国机构参与“地平线2020”共计337次，签署资助协议158项。

### ENRICH in China

由于研发和创新在中国产业集群生态系统中发挥着重要作用，ENRICH in China为欧盟创新相关方进入中国市场或与中国机构合作提供了重要机遇。它为欧洲的研究、技术和商业机构提供服务，帮助其与中国市场的相关方建立联系。ENRICH in China的总部设在北京，由欧盟中小企业中心承办；首个地区中心设在成都，由欧盟项目创新中心（EUPIC）承办。')))
where topic = 'COOPERATION_OPPORTUNITIES' and country_id = (select id from country where slug = 'china');

-- ---------------------------------------------------------------------------------------------
-- Taxonomies: NACE Rev. 2 and the patent classifications (IPC, CPC) by their usual Chinese names
-- ---------------------------------------------------------------------------------------------

update sector s
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('name', v.name)))
from (values ('C', '制造业'),
             ('D', '电力、燃气、蒸汽和空调供应'),
             ('E', '供水；污水处理、废物管理和修复活动'),
             ('H', '运输和仓储'),
             ('J', '信息和通信'),
             ('Q', '人体健康和社会工作活动'),
             ('S', '其他服务活动'),
             ('C10', '食品制造'),
             ('C17', '纸和纸制品制造'),
             ('C21', '基本医药产品和医药制剂制造'),
             ('C26', '计算机、电子和光学产品制造'),
             ('C27', '电气设备制造'),
             ('C29', '汽车、挂车和半挂车制造'),
             ('D35', '电力、燃气、蒸汽和空调供应'),
             ('E36', '集水、水处理和供水'),
             ('J61', '电信'),
             ('J62', '计算机编程、咨询及相关活动'),
             ('Q86', '人体健康活动'),
             ('S94', '会员组织的活动')) as v (code, name)
where s.code = v.code;

update technology_field t
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('name', v.name)))
from (values ('A', '人类生活必需'),
             ('E', '固定建筑物'),
             ('Y', '新技术发展的一般标引'),
             ('A61', '医学或兽医学；卫生学'),
             ('E03', '给水；排水'),
             ('Y04', '对其他技术领域有影响的信息或通信技术')) as v (code, name)
where t.code = v.code;

-- ---------------------------------------------------------------------------------------------
-- Regions
-- ---------------------------------------------------------------------------------------------

update region r
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('name', v.name, 'description', v.description)))
from (values
        ('pearl-river-delta', '珠江三角洲',
         '珠江三角洲位于广东省，涵盖广州、深圳、东莞、佛山、中山、珠海和惠州等主要城市。它是中国第一个经济特区，已发展成为全国增长最快的地区之一：以占全国5%的人口，创造了全国10%以上的经济产出。该地区专长于电子产品、电气产品及零部件、钟表、玩具、服装和纺织品以及塑料制品，并正向汽车、化工、先进材料和环境技术等行业拓展。'),
        ('yangtze-river-delta', '长江三角洲',
         '长江三角洲包括上海市以及江苏、浙江和安徽三省，按人均计算是中国最富裕的地区，进出口额占全国的三分之一。2010年，国务院制定规划，提出到2030年将其建设成为世界级城市群；三年行动计划（2018—2020年）则聚焦新能源汽车、电力装备、医疗技术、航空航天以及信息通信技术等重点领域。'),
        ('beijing-tianjin-hebei', '京津冀（环渤海地区）',
         '本门户对该地区的命名合并了简报中的“京津冀”和原国家页面中的“环渤海地区（北京—天津—辽宁）”，两者所指的区域相互重叠。京津冀地区涵盖北京、天津、河北部分地区、辽宁部分地区和山东部分地区，正崛起为北方的经济重镇，约占全国GDP的10%和人口的8%。北京是国际公认的政治、教育、文化和研发中心，天津是中国北方的物流中心，拥有世界上最繁忙的港口之一，河北则以重工业著称。根据城市群规划，河北须摆脱重污染产业，天津则要建设成为制造业研发中心和金融创新改革试验区。')
     ) as v (slug, name, description)
where r.slug = v.slug;

-- ---------------------------------------------------------------------------------------------
-- Clusters: the official Chinese names of the zones and parks; the others named as the briefing describes them
-- ---------------------------------------------------------------------------------------------

update cluster k
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('name', v.name, 'city', v.city, 'description', v.description,
                           'sectorsSource.detail', '编辑依据简报中的描述归类；所有来源均未给出NACE代码')))
from (values
        ('guangzhou-automobile-city-cluster', '广州汽车城产业集群', '广州',
         '广州是重要的汽车制造基地，日本汽车制造商本田、日产和丰田均在此设厂，广州汽车工业集团（广汽集团）则通过合资企业居于集群的核心位置。广州有两大汽车产业中心：广州开发区和花都汽车城。2018年发布的《广州汽车产业2025战略规划》提出，到2025年将广州升级为世界知名的制造业集群，突出自主品牌、智能汽车和创新。'),
        ('chongqing-automobile-cluster', '重庆汽车产业集群', '重庆',
         '重庆是中国领先的汽车产业地区和重要的汽车生产基地，合川区和大足区拥有重要的汽车、摩托车及零部件产业。重庆孕育了重庆长安、长安福特和力帆等品牌，是中国最大的摩托车生产和出口基地。2018年，重庆汽车产业生产了20多万辆新能源汽车和80万辆智能网联汽车。'),
        ('shanghai-zhangjiang-hi-tech-park', '上海张江高科技园区（张江药谷）', '上海',
         '张江高科技园区成立于1992年，是中国首批国家级高新区之一，也是张江国家自主创新示范区的核心园区；园区的生物技术企业集中在“张江药谷”集群，简报撰写时已有130多家机构和企业入驻，其中包括多家领先生物医药企业的研发中心。园区的生物医药产业聚焦化学药、生物药、现代中药和医疗器械。张江的集成电路和生物医药集群也是中国最成功的创新集群之一。'),
        ('tonghua-pharmaceutical-hi-tech-industrial-development-zone', '通化医药高新技术产业开发区', '吉林通化',
         '该开发区成立于2005年，2013年经国务院批准升级为国家级医药高新区。其主导产业为中医药，并设有中药、生物制药、医疗器械、医药包装和医药物流等产业园区作为支撑。简报撰写时，区内有44家医药企业，该开发区一直被誉为“国家创新型医药产业集群试点”。'),
        ('wuhan-east-lake-high-tech-zone', '武汉东湖新技术开发区（中国光谷）', '武汉',
         '该开发区成立于1988年，是国务院批准的首批高新技术产业开发区之一，最初以“中国光谷”之名起步，是中国最大的光纤光缆制造基地。它代表了中国光通信、激光、可再生能源和环保领域的最高发展水平，在光电子信息、生物医药、新能源和节能（太阳能、风能、生物质能和核能）等产业具有优势。其光纤光缆集群是中国最成功的创新集群之一。'),
        ('zhongguancun-science-park', '中关村科技园区', '北京',
         '中关村科技园区是世界领先的科技中心之一；简报撰写时，园区内有联想、百度等近2万家高新技术企业，已发展成为以信息通信技术等行业为特色的高新技术产业集群。园区拥有40所高等院校和206家国家级和省级科研机构，1.5万多名归国留学人员在园区创办了6000多家企业。其集成电路设计集群是中国最成功的创新集群之一。'),
        ('chengdu-hi-tech-industrial-development-zone', '成都高新技术产业开发区（成都高新区）', '成都',
         '成都高新区成立于1988年，是中国首批国家级高新技术产业开发区之一，在全国国家级高新区中排名第4，下设南部园区和西部园区。简报撰写时，区内有企业33237家，其中外商投资企业1115家；其激励政策为信息通信技术等行业的企业提供资金支持。2017年，成都高新区宣布了一项加大人才引进力度的计划。'),
        ('shenzhen-communications-cluster', '深圳通信产业集群', '深圳',
         '深圳的通信集群被列为中国最成功的创新集群之一，这些创新集群均诞生于科技工业园区（STIP）和高新技术产业开发区（HTZ）。'),
        ('dalian-software-outsourcing-cluster', '大连软件外包产业集群', '大连',
         '大连的软件外包集群被列为中国最成功的创新集群之一，这些创新集群均诞生于科技工业园区（STIP）和高新技术产业开发区（HTZ）。'),
        ('wuxi-iot-cluster', '无锡物联网产业集群', '无锡',
         '无锡的物联网（IoT）集群被列为中国最成功的创新集群之一，这些创新集群均诞生于科技工业园区（STIP）和高新技术产业开发区（HTZ）。'),
        ('wuxi-photovoltaic-cluster', '无锡光伏产业集群', '无锡',
         '无锡的光伏集群被列为中国最成功的创新集群之一，这些创新集群均诞生于科技工业园区（STIP）和高新技术产业开发区（HTZ）。')
     ) as v (slug, name, city, description)
where k.slug = v.slug;

-- Where each cluster's place comes from, in the groups of china.sql.
update cluster
set translations = jsonb_set(translations, '{zh-Hans,texts,locationSource.detail}',
        to_jsonb('第3节：集群所在城市，第3.1节将该城市归入此地区；地图位置：市中心，由编辑添加'::text))
where slug in ('guangzhou-automobile-city-cluster', 'shanghai-zhangjiang-hi-tech-park', 'zhongguancun-science-park',
               'shenzhen-communications-cluster');

update cluster
set translations = jsonb_set(translations, '{zh-Hans,texts,locationSource.detail}',
        to_jsonb('第3节：集群所在城市，不属于第3.1节所列三大地区中的任何一个；地图位置：市中心，由编辑添加'::text))
where slug in ('chongqing-automobile-cluster', 'tonghua-pharmaceutical-hi-tech-industrial-development-zone',
               'wuhan-east-lake-high-tech-zone', 'chengdu-hi-tech-industrial-development-zone');

update cluster
set translations = jsonb_set(translations, '{zh-Hans,texts,locationSource.detail}',
        to_jsonb('地区由编辑推断：大连位于辽宁，第3.1节将辽宁部分地区计入此地区，但没有任何来源将该集群归入此地区；地图位置：市中心'::text))
where slug = 'dalian-software-outsourcing-cluster';

update cluster
set translations = jsonb_set(translations, '{zh-Hans,texts,locationSource.detail}',
        to_jsonb('地区由编辑推断：无锡位于江苏，第3.1节将江苏计入此地区，但没有任何来源将该集群归入此地区；地图位置：市中心'::text))
where slug in ('wuxi-iot-cluster', 'wuxi-photovoltaic-cluster');

-- ---------------------------------------------------------------------------------------------
-- ESCP-4i partnerships: names and acronyms are proper names and stay in English; descriptions and source notes
-- ---------------------------------------------------------------------------------------------

update partnership p
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('description', v.description)))
from (values
        ('MAGIA2Market', '欧洲战略集群伙伴关系——国际化（ESCP-4i），涉及医学或兽医学以及人体健康活动领域，目标国家为中国、日本和美国。'),
        ('NF4', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向食品行业，目标国家为巴西、加拿大、中国和美国。'),
        ('GIVE', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向汽车行业，目标国家和地区为中国、埃及和台湾。'),
        ('EnW', '欧洲战略集群伙伴关系——国际化（ESCP-4i），涉及给水和排水（集水、水处理和供水）领域，目标国家为中国、哥伦比亚、墨西哥、摩洛哥、秘鲁、新加坡、突尼斯和美国。'),
        ('eT4S', '欧洲战略集群伙伴关系——国际化（ESCP-4i），涉及对其他技术领域有影响的信息通信技术，目标国家和地区为加拿大、中国、新加坡、美国和台湾。'),
        ('DIA', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向信息通信技术行业；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。'),
        ('ELBE', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向能源行业；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。'),
        ('FoodNet', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向交通运输和物流行业；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。'),
        ('AdPack²', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向造纸和包装行业；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。'),
        ('EC2i', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），涉及环境服务领域；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。'),
        ('MobiGoIn-Action', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向交通运输和物流行业；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。'),
        ('SPACE2IDGO', '第二代欧洲战略集群伙伴关系——国际化（ESCP-4i），面向信息通信技术行业；《中国筹备简报》将其列为以中国为目标的九个ESCP-4i伙伴关系之一，但未列出其他目标国家。')
     ) as v (acronym, description)
where p.acronym = v.acronym;

-- Where each list comes from, in the groups of china.sql.
update partnership
set translations = jsonb_set(jsonb_set(translations,
        '{zh-Hans,texts,figuresSource.detail}', to_jsonb('ESCP-4i表格'::text)),
        '{zh-Hans,texts,targetCountriesSource.detail}', to_jsonb('ESCP-4i表格'::text))
where acronym in ('MAGIA2Market', 'NF4', 'GIVE', 'EnW', 'eT4S');

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,technologyFieldsSource.detail}',
        to_jsonb('ESCP-4i表格'::text))
where acronym = 'eT4S';

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,technologyFieldsSource.detail}',
        to_jsonb('ESCP-4i表格，仅给出了类目名称（“Medical or veterinary science; hygiene”，即“医学或兽医学；卫生学”）；代码A61由编辑根据专利分类补充'::text))
where acronym = 'MAGIA2Market';

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,technologyFieldsSource.detail}',
        to_jsonb('ESCP-4i表格，仅给出了类目名称（“Water supply; sewerage”，即“给水；排水”）；代码E03由编辑根据专利分类补充'::text))
where acronym = 'EnW';

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,descriptionSource.detail}',
        to_jsonb('描述由编辑根据欧洲集群合作平台（ECCP）国别页面上的ESCP-4i表格撰写'::text))
where acronym in ('MAGIA2Market', 'NF4', 'EnW', 'eT4S');

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,descriptionSource.detail}',
        to_jsonb('描述由编辑根据ESCP-4i表格和简报第4.1节撰写；表格中的名称写作“Green Ict deVElopment”（以大写字母标出缩写），已更正为“Green ICT Development”'::text))
where acronym = 'GIVE';

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,descriptionSource.detail}',
        to_jsonb('描述由编辑根据简报第4.1节撰写，该节给出了名称、缩写和行业'::text))
where acronym in ('DIA', 'ELBE', 'FoodNet', 'AdPack²', 'EC2i', 'MobiGoIn-Action', 'SPACE2IDGO');

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,sectorsSource.detail}', to_jsonb('ESCP-4i表格'::text))
where acronym in ('MAGIA2Market', 'EnW', 'eT4S');

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,sectorsSource.detail}',
        to_jsonb('ESCP-4i表格：S94；C29是编辑对简报中“汽车行业”的归类'::text))
where acronym = 'GIVE';

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,sectorsSource.detail}',
        to_jsonb('编辑依据简报以文字列出的行业（第4.1节）归类'::text))
where acronym in ('NF4', 'DIA', 'ELBE', 'FoodNet', 'AdPack²', 'EC2i', 'MobiGoIn-Action', 'SPACE2IDGO');

update partnership
set translations = jsonb_set(translations, '{zh-Hans,texts,targetCountriesSource.detail}',
        to_jsonb('第4.1节：以中国为目标；未说明其他目标'::text))
where acronym in ('DIA', 'ELBE', 'FoodNet', 'AdPack²', 'EC2i', 'MobiGoIn-Action', 'SPACE2IDGO');

-- ---------------------------------------------------------------------------------------------
-- Documents
-- ---------------------------------------------------------------------------------------------

update document d
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('title', v.title, 'summary', v.summary)))
from (values
        ('Preparatory Briefing on China', '中国筹备简报',
         '介绍中国产业集群格局的最新信息，帮助欧洲集群组织及其成员了解中国，发掘合作潜力和市场机遇。简报概述了中国经济以及集群发挥作用的行业趋势和优势，并介绍了中国的产业集群概况、集群政策、地方对集群的支持和集群计划，包括其历史沿革和国际化活动。'),
        ('Discussion paper', '讨论文件',
         '《中国筹备简报》的补充报告，概述了欧洲联盟（欧盟）与中国现有的集群合作，介绍了相关的良好做法和成功案例，以及未来交流的机会。')
     ) as v (original, title, summary)
where d.title = v.original and d.country_id = (select id from country where slug = 'china');

-- ---------------------------------------------------------------------------------------------
-- Achievements: acronyms of the projects kept
-- ---------------------------------------------------------------------------------------------

update achievement a
set translations = jsonb_build_object('zh-Hans', jsonb_build_object('status', 'PUBLISHED', 'texts',
        jsonb_build_object('title', v.title, 'summary', v.summary, 'source.detail', '附件A.2')))
from (values
        ('Strengthening international R&I cooperations between China and the EU (SENET)',
         '加强中欧国际研究与创新合作（SENET）',
         '中欧健康网络中心（SENET）旨在打造一个可持续的健康领域网络与知识中心，促进中国和欧盟研究与创新机构之间持续而富有建设性的对话，并加强合作，合力应对健康研究与创新领域的共同挑战。'),
        ('5G Harmonised Research and Trials for Service Evolution between EU and China (5G-DRIVE)',
         '面向服务演进的中欧5G协调研究与试验（5G-DRIVE）',
         '5G-DRIVE旨在通过与中国姊妹项目“5G规模试验”联动开展试验和研究活动，加强欧盟与中国在5G领域的协调以及研究与创新合作。该项目对欧盟与中国5G网络之间的互操作性解决方案进行试验和验证，涵盖增强移动宽带（eMBB）和车联网（V2X）等场景。'),
        ('Sino-European innovative green and smart cities (SiEUGreen)',
         '中欧创新型绿色智慧城市（SiEUGreen）',
         'SiEUGreen旨在加强中欧合作，推动都市农业发展，以促进粮食安全、资源高效利用以及智慧、韧性城市建设。项目以零废弃和循环经济模式为基础，展示都市农业中的技术创新和社会创新如何对社会和经济产生积极影响。'),
        ('Transition towards urban sustainability through socially integrative cities in the EU and in China (TRANS-URBAN-EU-CHINA)',
         '以社会融合型城市推动中欧城市可持续转型（TRANS-URBAN-EU-CHINA）',
         'TRANS-URBAN-EU-CHINA帮助中国的政策制定者、城市主管部门、房地产开发商、公共服务提供者和市民，以环境友好、财务可行的方式建设社会融合型城市。该项目也帮助欧洲的城市利益相关方反思并重新审视其可持续城镇化路径。'),
        ('EU-China Innovation Platform on Sustainable Urbanisation (URBAN-EU-CHINA)',
         '中欧可持续城镇化创新平台（URBAN-EU-CHINA）',
         'URBAN-EU-CHINA通过制定研究与创新战略议程、举办交流对接活动、开展同行交流、对标与监测以及联合示范项目，建立一种稳健的、以实证为依据的自下而上的方法，以补充中欧现有的自上而下的可持续城镇化战略方针。'),
        ('ENRICH in China (powered by the ERICENA H2020 project)',
         'ENRICH in China（由“地平线2020”ERICENA项目支持）',
         'ENRICH in China于2017年10月启动，为欧洲的研究、技术和商业机构（包括初创企业和中小企业）提供服务，帮助其对接中国市场。其总部设在北京，由欧盟中小企业中心承办；首个地区中心设在成都，由欧盟项目创新中心（EUPIC）承办；欧洲办事处设在布鲁塞尔，由欧洲商业与创新中心网络（EBN）承办。'),
        ('EU-China study on IoT and 5G (EXCITING)',
         '中欧物联网和5G研究（EXCITING）',
         'EXCITING分析了中国物联网和5G领域的研究与创新生态系统，并将其与欧洲模式进行比较，以便为中欧研究与创新生态系统在这些关键战略领域的合作创造有利条件。')
     ) as v (original, title, summary)
where a.title = v.original and a.country_id = (select id from country where slug = 'china');

-- ---------------------------------------------------------------------------------------------
-- History: the translations belong to the first revision of each audited item (china.sql's audit rows), so that
-- the editors' history shows them and a restore of that revision keeps them. Sections, documents and achievements
-- have no audit rows yet.
-- ---------------------------------------------------------------------------------------------

update country_aud a set translations = c.translations
from country c
where a.id = c.id and a.rev = (select max(rev) from country_aud where id = c.id);

update region_aud a set translations = r.translations
from region r
where a.id = r.id and a.rev = (select max(rev) from region_aud where id = r.id);

update cluster_aud a set translations = k.translations
from cluster k
where a.id = k.id and a.rev = (select max(rev) from cluster_aud where id = k.id);

update partnership_aud a set translations = p.translations
from partnership p
where a.id = p.id and a.rev = (select max(rev) from partnership_aud where id = p.id);

update sector_aud a set translations = s.translations
from sector s
where a.id = s.id and a.rev = (select max(rev) from sector_aud where id = s.id);

update technology_field_aud a set translations = t.translations
from technology_field t
where a.id = t.id and a.rev = (select max(rev) from technology_field_aud where id = t.id);

analyze country, country_section, region, cluster, partnership, sector, technology_field, document, achievement;
