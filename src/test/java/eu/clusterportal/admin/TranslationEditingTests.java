package eu.clusterportal.admin;

import static eu.clusterportal.WebPages.csrf;
import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors write the Chinese translation beside the English text in every edit form, with
 * its own publication state, and the lists show what is not translated yet.
 */
@PortalIntegrationTest
@Transactional
class TranslationEditingTests {

	static final String SECTION = "/admin/countries/china/sections/cooperation-opportunities";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	/**
	 * The demo content comes translated: these tests start from a country, its section
	 * and the sectors without any translation.
	 */
	@BeforeEach
	void withoutTranslations() {
		jdbc.sql("update country_section set translations = '{}'").update();
		jdbc.sql("update country set translations = '{}'").update();
		jdbc.sql("update sector set translations = '{}'").update();
		jdbc.sql("update cluster set translations = '{}'").update();
		jdbc.sql("update partnership set translations = '{}'").update();
	}

	@Test
	void theSectionFormShowsEachEnglishTextWithItsChineseTranslationBesideIt() throws Exception {
		Document form = pages.html(get(SECTION).with(editor("anna@example.eu")));
		assertThat(form.select(".translated-field label").eachText()).containsExactly("Lead (always shown) (English)",
				"Lead (always shown) (Chinese)", "Longer text behind \u201cRead more\u201d (Markdown) (English)",
				"Longer text behind \u201cRead more\u201d (Markdown) (Chinese)");
		assertThat(form.select("[id='translation.texts[lead]']").attr("lang")).isEqualTo("zh-Hans");
		assertThat(form.select("[id='translation.texts[body]']").attr("lang")).isEqualTo("zh-Hans");
		assertThat(form.select("#lead, #body").eachAttr("lang")).containsExactly("en", "en");
		assertThat(form.select("[name='translation.status'][checked]").val()).isEqualTo("DRAFT");
	}

	@Test
	void aTranslationIsSavedAsADraftAndThenPublishedWhileTheEnglishStaysAsItIs() throws Exception {
		String english = sectionLead();
		saveSection(english, "中欧合作机遇广阔。", "DRAFT");
		assertThat(chineseStatus()).isEqualTo("DRAFT");
		assertThat(chineseLead()).isEqualTo("中欧合作机遇广阔。");
		Document form = pages.html(get(SECTION).with(editor("anna@example.eu")));
		assertThat(form.select("[id='translation.texts[lead]']").text()).isEqualTo("中欧合作机遇广阔。");
		assertThat(form.select("[name='translation.status'][checked]").val()).isEqualTo("DRAFT");

		saveSection(english, "中欧合作机遇广阔。", "PUBLISHED");
		assertThat(chineseStatus()).isEqualTo("PUBLISHED");
		assertThat(sectionLead()).isEqualTo(english);
		assertThat(pages.html("/countries/china").select("#cooperation-opportunities").text()).contains(english)
			.doesNotContain("中欧合作机遇广阔");
	}

	@Test
	void theCountriesListSaysHowFarEachCountryAndSectionIsTranslated() throws Exception {
		saveSection(sectionLead(), "中欧合作机遇广阔。", "DRAFT");
		Document list = pages.html(get("/admin/countries").with(editor("anna@example.eu")));
		assertThat(list
			.select("li:has(> a[href=/admin/countries/china/sections/cooperation-opportunities]) > .translation-state")
			.text()).isEqualTo("Chinese: Draft");
		assertThat(list.select("h2:has(a[href=/admin/countries/china]) .translation-state").text())
			.isEqualTo("Chinese: Missing");
	}

	@Test
	void aDraftTranslationIsSeenInTheChinesePreviewOnlyUntilItIsPublished() throws Exception {
		String english = sectionLead();
		saveSection(english, "中欧合作机遇广阔。", "DRAFT");
		entityManager.flush();
		assertThat(
				pages.html("/zh/countries/china").select("#cooperation-opportunities .section-lead [lang=en]").text())
			.isEqualTo(english);
		assertThat(chinesePageLead(get("/zh/countries/china?preview=true").with(editor("anna@example.eu"))))
			.isEqualTo("中欧合作机遇广阔。");

		saveSection(english, "中欧合作机遇广阔。", "PUBLISHED");
		entityManager.flush();
		assertThat(chinesePageLead(get("/zh/countries/china"))).isEqualTo("中欧合作机遇广阔。");
		assertThat(pages.html("/countries/china").select("#cooperation-opportunities .section-lead").text())
			.isEqualTo(english);
	}

	@Test
	void theChinesePreviewIsLinkedFromTheFormInEitherLanguage() throws Exception {
		String preview = "/zh/countries/china?preview=true#cooperation-opportunities";
		assertThat(pages.html(get(SECTION).with(editor("anna@example.eu")))
			.select("main p.meta a[hreflang=zh-Hans]")
			.attr("href")).isEqualTo(preview);
		assertThat(pages.html(get("/zh" + SECTION).with(editor("anna@example.eu")))
			.select("main p.meta a[hreflang=zh-Hans]")
			.attr("href")).isEqualTo(preview);
	}

	@Test
	void aRefusedFormComesBackWithBothLanguagesAsTypedAndSaysWhatIsWrong() throws Exception {
		String tooLong = "长".repeat(2001);
		Document form = pages.html(section("", tooLong, "PUBLISHED").param("translation.texts[body]", "## 正文"));
		assertThat(form.select("#lead-errors").text()).isEqualTo("Please write a lead.");
		assertThat(form.select("[id='translation.texts[lead]-errors']").text())
			.isEqualTo("The Chinese text is too long: at most 2,000 characters.");
		assertThat(form.select(".error-summary a").eachAttr("href")).contains("#lead", "#translation.texts[lead]");
		assertThat(form.select("[id='translation.texts[lead]']").text()).isEqualTo(tooLong);
		assertThat(form.select("[id='translation.texts[lead]']").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.select("[id='translation.texts[body]']").text()).isEqualTo("## 正文");
		assertThat(form.select("[name='translation.status'][checked]").val()).isEqualTo("PUBLISHED");
		assertThat(chineseStatus()).isNull();
	}

	@Test
	void theChineseMarkdownHasItsOwnPreview() throws Exception {
		Document form = pages.html(post(SECTION).with(editor("anna@example.eu"))
			.with(csrf())
			.param("version", String.valueOf(sectionVersion()))
			.param("lead", "Lead")
			.param("translation.texts[body]", "**合作**")
			.param("action", "preview"));
		assertThat(form.select("[lang=zh-Hans].prose strong").text()).isEqualTo("合作");
		assertThat(chineseStatus()).isNull();
	}

	@Test
	void anEditorWhoOpenedTheFormBeforeSomeoneSavedATranslationGetsTheConflictAndKeepsHisText() throws Exception {
		long opened = sectionVersion();
		saveSection(sectionLead(), "另一位编辑的译文。", "PUBLISHED");
		Document form = pages.html(post(SECTION).with(editor("bruno@example.eu"))
			.with(csrf())
			.param("version", String.valueOf(opened))
			.param("lead", "My new English lead")
			.param("body", "Body")
			.param("translation.texts[lead]", "我的译文")
			.param("translation.status", "DRAFT")
			.param("action", "save"));
		assertThat(form.select(".error-summary").text()).contains("Someone else saved this item after you opened it");
		assertThat(form.select("#lead").text()).isEqualTo("My new English lead");
		assertThat(form.select("[id='translation.texts[lead]']").text()).isEqualTo("我的译文");
		assertThat(chineseLead()).isEqualTo("另一位编辑的译文。");
	}

	@Test
	void listsMarkEachItemsTranslationAndCanShowTheUntranslatedOnly() throws Exception {
		long translated = sectorId("C");
		long drafted = sectorId("D");
		String form = "/admin/sectors/{id}/edit";
		saveSector(form, translated, "C", "Manufacturing", "制造业", "PUBLISHED");
		saveSector(form, drafted, "D", "Electricity, gas, steam and air conditioning supply", "电力、燃气、蒸汽和空调供应", "DRAFT");

		Document all = pages.html(get("/admin/sectors?q=").with(editor("anna@example.eu")));
		assertThat(state(all, "C")).isEqualTo("Published");
		assertThat(state(all, "D")).isEqualTo("Draft");

		Document untranslated = pages.html(get("/admin/sectors?translation=missing").with(editor("anna@example.eu")));
		assertThat(untranslated.select("tbody th").eachText()).contains("D").doesNotContain("C");
		assertThat(untranslated.select("#translation").hasAttr("checked")).isTrue();
	}

	@Test
	void aPublishedTranslationWithAnUntranslatedTextIsMarkedIncomplete() throws Exception {
		long cluster = jdbc.sql("select id from cluster order by id limit 1").query(Long.class).single();
		jdbc.sql("update cluster set description = 'English description', translations = "
				+ "'{\"zh-Hans\": {\"status\": \"PUBLISHED\", \"texts\": {\"name\": \"集群\"}}}' where id = ?")
			.param(cluster)
			.update();
		String name = jdbc.sql("select name from cluster where id = ?").param(cluster).query(String.class).single();
		Document list = pages.html(get("/admin/clusters").param("q", name).with(editor("anna@example.eu")));
		assertThat(list.select("tbody tr:has(a:containsOwn(" + name + ")) .translation-state").text())
			.isEqualTo("Incomplete");
	}

	@Test
	void aPartnershipWhoseNameStaysInEnglishCanBeTranslatedInFull() throws Exception {
		String acronym = jdbc.sql("select acronym from partnership order by acronym limit 1")
			.query(String.class)
			.single();
		jdbc.sql("""
				update partnership set description = 'English description', description_source_detail = null,
				    figures_source_detail = null, technology_fields_source_detail = null,
				    sectors_source_detail = null, target_countries_source_detail = null,
				    translations = '{"zh-Hans": {"status": "PUBLISHED", "texts": {"description": "中文简介"}}}'
				where acronym = ?""").param(acronym).update();
		Document list = pages.html(get("/admin/partnerships").param("q", acronym).with(editor("anna@example.eu")));
		assertThat(list.select("tbody tr:has(th > a:matchesOwn(^" + acronym + "$)) .translation-state").text())
			.isEqualTo("Published");
	}

	@Test
	void theAdminHomeCountsTheUntranslatedItemsOfEachKind() throws Exception {
		long before = untranslatedSectors();
		saveSector("/admin/sectors/{id}/edit", sectorId("C"), "C", "Manufacturing", "制造业", "PUBLISHED");
		assertThat(untranslatedSectors()).isEqualTo(before - 1);
	}

	@Test
	void aKeyFactsSourceNoteIsTranslatedUnderItsFieldPath() throws Exception {
		long version = jdbc.sql("select version from country where slug = 'china'").query(Long.class).single();
		Document form = pages.html(get("/admin/countries/china").with(editor("anna@example.eu")));
		MockHttpServletRequestBuilder save = post("/admin/countries/china").with(editor("anna@example.eu"))
			.with(csrf());
		form.select("form.stacked-form input[name], form.stacked-form textarea[name]").forEach((input) -> {
			if (!input.attr("name").startsWith("translation.")) {
				save.param(input.attr("name"), input.is("textarea") ? input.text() : input.val());
			}
		});
		form.select("form.stacked-form select[name]")
			.forEach((select) -> save.param(select.attr("name"), select.select("option[selected]").val()));
		save.param("version", String.valueOf(version))
			.param("translation.texts[population.source.detail]", "联合国人口司")
			.param("translation.texts[name]", "中国")
			.param("translation.status", "PUBLISHED");
		mvc.perform(save).andExpect(redirectedUrl("/admin/countries/china"));
		entityManager.flush();
		assertThat(jdbc
			.sql("select translations #>> '{zh-Hans,texts,population.source.detail}' from country"
					+ " where slug = 'china'")
			.query(String.class)
			.single()).isEqualTo("联合国人口司");
		assertThat(pages.html(get("/admin/countries/china").with(editor("anna@example.eu")))
			.select("[id='translation.texts[population.source.detail]']")
			.val()).isEqualTo("联合国人口司");
	}

	@Test
	void anEventsPlaceIsTranslatedWithinTheLengthOfTheEnglishOne() throws Exception {
		Document form = pages.html(post("/admin/events").with(editor("anna@example.eu"))
			.with(csrf())
			.param("title", "Cluster matchmaking")
			.param("country", "china")
			.param("kind", "OTHER")
			.param("audience", "EVERYONE")
			.param("startsOn", "2027-03-01")
			.param("status", "DRAFT")
			.param("translation.texts[title]", "集群对接会")
			.param("translation.texts[location]", "地".repeat(201))
			.param("translation.status", "DRAFT"));
		assertThat(form.select("[id='translation.texts[location]-errors']").text())
			.isEqualTo("The Chinese text is too long: at most 200 characters.");
		assertThat(form.select("[id='translation.texts[title]']").val()).isEqualTo("集群对接会");
	}

	private String chinesePageLead(RequestBuilder request) throws Exception {
		return pages.html(request).select("#cooperation-opportunities .section-lead").text();
	}

	private void saveSection(String lead, String chineseLead, String status) throws Exception {
		mvc.perform(section(lead, chineseLead, status)).andExpect(redirectedUrl(SECTION));
	}

	private MockHttpServletRequestBuilder section(String lead, String chineseLead, String status) {
		return post(SECTION).with(editor("anna@example.eu"))
			.with(csrf())
			.param("version", String.valueOf(sectionVersion()))
			.param("lead", lead)
			.param("body", "Body")
			.param("translation.texts[lead]", chineseLead)
			.param("translation.status", status)
			.param("action", "save");
	}

	private void saveSector(String form, long id, String code, String name, String chinese, String status)
			throws Exception {
		entityManager.flush();
		long version = jdbc.sql("select version from sector where id = ?").param(id).query(Long.class).single();
		mvc.perform(post(form, id).with(editor("anna@example.eu"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("code", code)
			.param("name", name)
			.param("translation.texts[name]", chinese)
			.param("translation.status", status)).andExpect(redirectedUrl("/admin/sectors"));
	}

	private long untranslatedSectors() throws Exception {
		entityManager.flush();
		Document home = pages.html(get("/admin").with(editor("anna@example.eu")));
		String count = home.select("li:has(a[href='/admin/sectors']) .meta").text();
		return Long.parseLong(count.replaceAll("\\D.*", ""));
	}

	private static String state(Document list, String code) {
		return list.select("tbody tr:has(th > a:matchesOwn(^" + code + "$)) .translation-state").text();
	}

	private long sectorId(String code) {
		entityManager.flush();
		return jdbc.sql("select id from sector where code = ?").param(code).query(Long.class).single();
	}

	private long sectionVersion() {
		entityManager.flush();
		return jdbc.sql("select version from country_section where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(Long.class)
			.single();
	}

	private String sectionLead() {
		entityManager.flush();
		return jdbc.sql("select lead from country_section where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(String.class)
			.single();
	}

	private String chineseStatus() {
		entityManager.flush();
		return jdbc
			.sql("select translations #>> '{zh-Hans,status}' from country_section"
					+ " where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(String.class)
			.list()
			.get(0);
	}

	private String chineseLead() {
		entityManager.flush();
		return jdbc
			.sql("select translations #>> '{zh-Hans,texts,lead}' from country_section"
					+ " where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(String.class)
			.list()
			.get(0);
	}

}
