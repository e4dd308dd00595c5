package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.clusterportal.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absolute links come from the configured {@code portal.base-url} (here the default,
 * http://localhost:8080), never from the request, whose Host header anyone can set.
 */
@PortalIntegrationTest
@Transactional
class BaseUrlTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void addAnEventAndNews() {
		jdbc.sql("insert into event (country_id, title, starts_on) select id, 'Base URL event', current_date + 1 "
				+ "from country where slug = 'china'")
			.update();
		jdbc.sql("insert into news_item (country_id, channel, title, published_on) select id, 'COUNTRY', "
				+ "'Base URL news', current_date from country where slug = 'china'")
			.update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/countries/china?sort=smes,desc", "/clusters", "/events", "/search?q=cluster",
			"/partnerships/NF4", "/events.atom", "/events.atom?country=china", "/news.atom",
			"/news.atom?country=china&x=1", "/events.ics", "/sitemap.xml" })
	void aForgedHostNeverReachesLinksFeedsCalendarsOrTheSitemap(String url) throws Exception {
		String body = mvc.perform(get(url).header("Host", "evil.example").header("X-Forwarded-Host", "evil.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("evil.example").contains("http://localhost:8080/");
	}

	@Test
	void theCanonicalLinkIsTheConfiguredAddressOfThePageWithoutParameters() throws Exception {
		String html = mvc.perform(get("/countries/china?sort=smes,desc").header("Host", "evil.example:8443"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost:8080/countries/china");
	}

}
