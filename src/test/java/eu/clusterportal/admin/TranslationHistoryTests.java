package eu.clusterportal.admin;

import static eu.clusterportal.WebPages.csrf;
import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Chinese translation has its own history: each revision says which language it
 * changed, and either the English or the translation of an earlier revision comes back
 * alone. These tests commit, as Envers writes the history on commit.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class TranslationHistoryTests {

	static final String SECTION = "/admin/countries/china/sections/cooperation-opportunities";

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachRevisionSaysWhichLanguageItChangedAndRestoresOnlyTheTranslation() throws Exception {
		saveSection("English one", "中文一", "PUBLISHED");
		saveSection("English two", "中文一", "PUBLISHED");
		saveSection("English two", "中文二", "DRAFT");

		Document history = page(SECTION + "/history");
		assertThat(history.select("thead th").eachText()).contains("Texts changed");
		assertThat(history.select("tbody tr").stream().limit(3).map(TranslationHistoryTests::textsChanged))
			.containsExactly("Chinese", "English", "English and Chinese");

		Element first = history.select("tbody tr").get(2);
		String restoreTranslation = first.select("form[action$=/restore-translation]").attr("action");
		assertThat(first.select("form[action$=/restore-translation] button").text())
			.isEqualTo("Restore only the Chinese translation of this version");
		mvc.perform(post(restoreTranslation).with(editor("anna@example.eu")).with(csrf()))
			.andExpect(redirectedUrl(SECTION));
		assertThat(lead()).isEqualTo("English two");
		assertThat(chinese("texts,lead")).isEqualTo("中文一");
		assertThat(chinese("status")).isEqualTo("PUBLISHED");
		assertThat(textsChanged(page(SECTION + "/history").select("tbody tr").first())).isEqualTo("Chinese");
	}

	@Test
	void restoringAnEarlierEnglishVersionKeepsTheCurrentTranslation() throws Exception {
		saveSection("English one", "", "DRAFT");
		saveSection("English two", "中文二", "PUBLISHED");

		Element first = page(SECTION + "/history").select("tbody tr").get(1);
		assertThat(first.select("form[action$=/restore] button").text())
			.isEqualTo("Restore this version, keeping the current Chinese translation");
		mvc.perform(post(first.select("form[action$=/restore]").attr("action")).with(editor("anna@example.eu"))
			.with(csrf())).andExpect(redirectedUrl(SECTION));
		assertThat(lead()).isEqualTo("English one");
		assertThat(chinese("texts,lead")).isEqualTo("中文二");
	}

	@Test
	void aClustersTranslationComesBackFromItsHistoryToo() throws Exception {
		long id = jdbc.sql("select id from cluster order by id limit 1").query(Long.class).single();
		String edit = "/admin/clusters/" + id + "/edit";
		Document form = page(edit);
		saveFrom(form, edit, "translation.texts[name]", "第一个名字");
		saveFrom(page(edit), edit, "translation.texts[name]", "第二个名字");

		Document history = page("/admin/clusters/" + id + "/history");
		String restore = history.select("tbody tr").get(1).select("form[action$=/restore-translation]").attr("action");
		mvc.perform(post(restore).with(editor("anna@example.eu")).with(csrf())).andExpect(redirectedUrl(edit));
		assertThat(jdbc.sql("select translations #>> '{zh-Hans,texts,name}' from cluster where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("第一个名字");
	}

	private void saveFrom(Document form, String action, String name, String value) throws Exception {
		var save = post(action).with(editor("anna@example.eu")).with(csrf());
		form.select("form.stacked-form input[name], form.stacked-form textarea[name]").forEach((input) -> {
			if (input.attr("name").equals(name)) {
				return;
			}
			boolean choice = input.attr("type").equals("checkbox") || input.attr("type").equals("radio");
			if (!choice || input.hasAttr("checked")) {
				save.param(input.attr("name"), input.is("textarea") ? input.text() : input.val());
			}
		});
		form.select("form.stacked-form select[name]")
			.forEach((select) -> save.param(select.attr("name"), select.select("option[selected]").val()));
		save.param(name, value).param("action", "save");
		mvc.perform(save).andExpect(redirectedUrl(action.replaceAll("/\\d+/edit$", "")));
	}

	private static String textsChanged(Element row) {
		int column = row.closest("table").select("thead th").eachText().indexOf("Texts changed");
		return row.child(column).text();
	}

	private void saveSection(String lead, String chineseLead, String status) throws Exception {
		long version = jdbc.sql("select version from country_section where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(Long.class)
			.single();
		mvc.perform(post(SECTION).with(editor("anna@example.eu"))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("lead", lead)
			.param("body", "Body")
			.param("translation.texts[lead]", chineseLead)
			.param("translation.status", status)
			.param("action", "save")).andExpect(redirectedUrl(SECTION));
	}

	private String lead() {
		return jdbc.sql("select lead from country_section where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(String.class)
			.single();
	}

	private String chinese(String path) {
		return jdbc
			.sql("select translations #>> '{zh-Hans," + path + "}' from country_section"
					+ " where topic = 'COOPERATION_OPPORTUNITIES'")
			.query(String.class)
			.list()
			.get(0);
	}

	private Document page(String url) throws Exception {
		return pages.html(get(url).with(editor("anna@example.eu")));
	}

}
