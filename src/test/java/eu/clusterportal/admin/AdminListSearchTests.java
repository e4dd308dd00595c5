package eu.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search box of the editors' lists looks for the text typed, wildcards included (the
 * lists that the demo content fills; the others search through derived queries, which
 * Spring Data escapes), and any page number gives a page.
 */
@PortalIntegrationTest
class AdminListSearchTests {

	@Autowired
	WebPages pages;

	@ParameterizedTest
	@ValueSource(strings = { "/admin/regions", "/admin/clusters", "/admin/partnerships", "/admin/sectors",
			"/admin/technology-fields", "/admin/achievements", "/admin/documents" })
	void percentAndUnderscoreAreSearchedForAsTheyAre(String list) throws Exception {
		assertThat(search(list, "")).isNotEmpty();
		assertThat(search(list, "%")).isEmpty();
		assertThat(search(list, "_")).isEmpty();
		assertThat(search(list, "\\")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/regions", "/admin/clusters", "/admin/partnerships", "/admin/sectors",
			"/admin/technology-fields", "/admin/news", "/admin/events", "/admin/achievements", "/admin/documents" })
	void aPageNumberFarPastTheEndShowsAListPage(String list) throws Exception {
		for (String page : List.of("2147483647", "99999999999999999999", "-1", "x")) {
			assertThat(pages.html(get(list).param("page", page).with(WebPages.editor("eda@example.eu"))).select("h1"))
				.hasSize(1);
		}
	}

	private List<String> search(String list, String text) throws Exception {
		Document page = pages.html(get(list).param("q", text).with(WebPages.editor("eda@example.eu")));
		return page.select("tbody tr").eachText();
	}

}
