package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.InputSource;

/**
 * Addresses stored before the web address rule, or by other means than the forms, never
 * break a page or feed for everyone: each such link falls back to the portal's own page
 * for the item, or to no link on that page itself.
 */
@PortalIntegrationTest
@Transactional
class StoredWebAddressTests {

	static final List<String> BAD = List.of("https://example.org/a|b{c}", "javascript:alert(1)", "data:text/html,x",
			"https://exa mple.org", "mailto:info@example.org");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void storeBadAddresses() {
		for (int i = 0; i < BAD.size(); i++) {
			String title = "Zanzibar item " + i;
			jdbc.sql("""
					insert into event (country_id, title, starts_on, online_url)
					select id, :title, current_date + 1, :url from country where slug = 'china'
					""").param("title", title).param("url", BAD.get(i)).update();
			jdbc.sql("""
					insert into news_item (country_id, channel, title, published_on, url, partnership_id)
					select c.id, :channel, :title, current_date, :url, p.id
					from country c, partnership p where c.slug = 'china' and p.acronym = 'NF4'
					""")
				.param("channel", (i % 2 == 0) ? "COUNTRY" : "ESCP4I")
				.param("title", title)
				.param("url", BAD.get(i))
				.update();
			jdbc.sql("""
					insert into document (country_id, title, kind, url)
					select id, :title, 'STUDY', :url from country where slug = 'china'
					""").param("title", title).param("url", BAD.get(i)).update();
			jdbc.sql("""
					insert into achievement (country_id, title, url)
					select id, :title, :url from country where slug = 'china'
					""").param("title", title).param("url", BAD.get(i)).update();
		}
		jdbc.sql("update cluster set website = 'https://example.org/a|b{c}' where slug = 'wuxi-photovoltaic-cluster'")
			.update();
	}

	@Test
	void theCalendarLinksEachEventToItsCountryPage() throws Exception {
		String ics = body("/events.ics");
		List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
		assertThat(events).filteredOn((e) -> e.getSummary().getValue().startsWith("Zanzibar"))
			.hasSize(BAD.size())
			.allSatisfy(
					(e) -> assertThat(e.getUrl().getValue()).isEqualTo("http://localhost:8080/countries/china#events"));
	}

	@Test
	void theFeedsLinkEachItemToItsPortalPage() throws Exception {
		assertThat(zanzibarLinks(feed("/events.atom"))).hasSize(BAD.size())
			.containsOnly("http://localhost:8080/countries/china#events");
		assertThat(zanzibarLinks(feed("/news.atom"))).hasSize(BAD.size())
			.allMatch((link) -> link.matches("http://localhost:8080/news/\\d+"));
		assertThat(zanzibarLinks(feed("/news.atom?country=china"))).hasSize(BAD.size());
	}

	@Test
	void theSearchLinksEachItemToItsPortalPage() throws Exception {
		Document page = pages.html(get("/search").param("q", "zanzibar"));
		assertThat(page.select("#news h3 a").eachAttr("href")).hasSize(BAD.size())
			.allMatch((href) -> href.matches("/news/\\d+"));
		assertThat(page.select("#documents h3 a").eachAttr("href")).hasSize(BAD.size())
			.containsOnly("/countries/china#documentation");
		assertThat(page.select("#achievements h3 a").eachAttr("href")).hasSize(BAD.size())
			.containsOnly("/countries/china#achievements");
		Document news = pages.html(get("/search").param("q", "zanzibar").param("type", "news"));
		assertThat(news.select("#news h3 a")).hasSize(BAD.size());
	}

	@Test
	void pagesShowTheItemsWithoutTheirBadLinks() throws Exception {
		for (String url : List.of("/countries/china", "/partnerships/NF4", "/clusters/wuxi-photovoltaic-cluster")) {
			Document page = pages.html(url);
			assertThat(page.select("a[href]").eachAttr("href")).as(url)
				.noneMatch((href) -> BAD.contains(href) || href.startsWith("javascript:"));
		}
		Document china = pages.html("/countries/china");
		assertThat(china.select("#news h3, #documentation h3, #achievements h3").eachText()).contains("Zanzibar item 0",
				"Zanzibar item 2");
		assertThat(pages.html("/clusters/wuxi-photovoltaic-cluster").select("#website")).isEmpty();
	}

	private List<String> zanzibarLinks(Feed feed) {
		return feed.getEntries()
			.stream()
			.filter((e) -> e.getTitle().startsWith("Zanzibar"))
			.map(Entry::getAlternateLinks)
			.map((links) -> links.get(0).getHref())
			.toList();
	}

	private Feed feed(String url) throws Exception {
		return (Feed) new WireFeedInput(true, Locale.ROOT).build(new InputSource(new StringReader(body(url))));
	}

	private String body(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
