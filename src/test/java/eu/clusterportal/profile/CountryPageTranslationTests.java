package eu.clusterportal.profile;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.AchievementDetails;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsDetails;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Source;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The country page in Chinese shows each text's published translation, and the English
 * text marked as such where there is none; a draft translation only in an editor's
 * preview; the English page stays as it was.
 */
@PortalIntegrationTest
@Transactional
class CountryPageTranslationTests {

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	CountrySection translated;

	CountrySection untranslated;

	CountrySection drafted;

	Cluster cluster;

	@BeforeEach
	void translateSomeOfChina() {
		Country china = entityManager.createQuery("select c from Country c where c.slug = 'china'", Country.class)
			.getSingleResult();
		List<CountrySection> sections = entityManager
			.createQuery("select s from CountrySection s where s.country = :china", CountrySection.class)
			.setParameter("china", china)
			.getResultList()
			.stream()
			.sorted(Comparator.comparing(CountrySection::getTopic))
			.toList();
		translated = sections.get(0);
		untranslated = sections.get(1);
		drafted = sections.get(2);
		// The demo content is translated; this section stands for one not translated yet.
		untranslated.translate(Language.SIMPLIFIED_CHINESE, null);
		publish(china, Map.of("name", "中国", "introduction", "中国是欧盟的重要合作伙伴。", "capital", "北京"));
		publish(translated, Map.of("lead", "中国经济持续增长。", "body", "**创新**驱动发展。"));
		drafted.translate(Language.SIMPLIFIED_CHINESE,
				new Translation(PublicationStatus.DRAFT, Map.of("lead", "这是一份草稿。")));
		cluster = entityManager.createQuery("select c from Cluster c where c.slug = 'wuxi-iot-cluster'", Cluster.class)
			.getSingleResult();
		publish(cluster, Map.of("name", "无锡物联网产业集群", "city", "无锡"));
		Region region = cluster.getRegion();
		publish(region, Map.of("name", "长江三角洲"));
		NewsItem news = new NewsItem(new NewsDetails(china, NewsChannel.COUNTRY, null, "Cluster delegation visits Wuxi",
				LocalDate.now().plusYears(1), "A delegation met the cluster.", null, PublicationStatus.PUBLISHED));
		publish(news, Map.of("title", "集群代表团访问无锡"));
		entityManager.persist(news);
		Achievement achievement = new Achievement(
				new AchievementDetails(china, "A joint pilot line", Year.of(2100), null, null, null,
						PublicationStatus.PUBLISHED, new Provenance(Source.PREPARATORY_BRIEFING, "section 4.1")));
		publish(achievement, Map.of("title", "联合中试线", "source.detail", "第4.1节"));
		entityManager.persist(achievement);
		entityManager.flush();
		entityManager.clear();
	}

	@Test
	void showsThePublishedTranslationsOnTheChinesePage() throws Exception {
		Document page = pages.html("/zh/countries/china");

		assertThat(page.select("h1").text()).isEqualTo("中国");
		assertThat(page.select("p.lead").first().text()).isEqualTo("中国是欧盟的重要合作伙伴。");
		Element section = section(page, translated);
		assertThat(section.select(".section-lead").text()).isEqualTo("中国经济持续增长。");
		assertThat(section.select(".prose strong").text()).isEqualTo("创新");
		assertThat(section.select("[lang=en], .untranslated")).isEmpty();
		assertThat(page.select("#cluster-landscape a[href$=/clusters/wuxi-iot-cluster]").text()).isEqualTo("无锡物联网产业集群");
		assertThat(page.select("#cluster-landscape h3").eachText()).contains("长江三角洲");
		assertThat(page.select("#news h3").eachText()).contains("集群代表团访问无锡");
		assertThat(page.select("#achievements li:has(h3:contains(联合中试线)) .provenance").text()).endsWith("第4.1节");
		assertThat(page.select(".key-fact__value").eachText()).contains("北京");
		assertThat(page.select("link[type=application/atom+xml]").eachAttr("title"))
			.anyMatch((title) -> title.contains("中国"));
	}

	@Test
	void marksTheEnglishTextWhereATranslationIsMissing() throws Exception {
		Document page = pages.html("/zh/countries/china");

		Element lead = section(page, untranslated).selectFirst(".section-lead");
		assertThat(lead.select("[lang=en]").text()).isEqualTo(untranslated.getLead());
		assertThat(lead.select(".untranslated")).hasSize(1);
		Element news = page.selectFirst("#news li:has(h3:contains(集群代表团访问无锡))");
		assertThat(news.select("p [lang=en]").text()).isEqualTo("A delegation met the cluster.");
		assertThat(news.select("p .untranslated")).hasSize(1);
	}

	@Test
	void showsADraftTranslationOnlyInTheEditorsPreview() throws Exception {
		assertThat(section(pages.html("/zh/countries/china"), drafted).select(".section-lead [lang=en]").text())
			.isEqualTo(drafted.getLead());
		Document preview = pages.html(get("/zh/countries/china?preview=true").with(editor("eda@example.eu")));
		assertThat(section(preview, drafted).select(".section-lead").text()).isEqualTo("这是一份草稿。");
	}

	@Test
	void leavesTheEnglishPageAsItWas() throws Exception {
		Document page = pages.html("/countries/china");

		assertThat(page.select("h1").text()).isEqualTo("China");
		assertThat(section(page, translated).select(".section-lead").text()).isEqualTo(translated.getLead());
		assertThat(page.select("#cluster-landscape a[href$=/clusters/wuxi-iot-cluster]").text())
			.isEqualTo("Wuxi IoT cluster");
		assertThat(page.select("#news h3").eachText()).contains("Cluster delegation visits Wuxi");
		assertThat(page.select(".untranslated, main [lang]")).isEmpty();
		assertThat(page.select("main").text()).doesNotContainPattern("\\p{IsHan}");
	}

	private static Element section(Document page, CountrySection section) {
		return page.getElementById(section.getTopic().anchor());
	}

	private static void publish(Translatable item, Map<String, String> texts) {
		item.translate(Language.SIMPLIFIED_CHINESE, new Translation(PublicationStatus.PUBLISHED, texts));
	}

}
