package eu.clusterportal.content.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xml.sax.InputSource;

/**
 * Editors maintain events through forms, and visitors see only published ones, on the
 * country page, the event list and both feeds. These tests commit, as the revision
 * history is written on commit, and remove the events they made afterwards.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class EventAdminTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	LocalDate start;

	long lastIdBefore;

	@BeforeEach
	void rememberTheEventsThereWere() {
		start = LocalDate.now(clock).plusDays(20);
		lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from event").query(Long.class).single();
	}

	@Test
	void aDraftIsOnlyInTheEditorsPreviewUntilItIsPublishedAndThenEverywhereAtOnce() throws Exception {
		create("Matchmaking in Chengdu", "DRAFT");
		assertThat(eventsOnChinaPage(get("/countries/china"))).doesNotContain("Matchmaking in Chengdu");
		assertThat(eventsOnChinaPage(get("/countries/china?preview=true"))).doesNotContain("Matchmaking in Chengdu");
		assertThat(eventList()).doesNotContain("Matchmaking in Chengdu");
		assertThat(atomFeed()).doesNotContain("Matchmaking in Chengdu");
		assertThat(calendar()).doesNotContain("Matchmaking in Chengdu");
		Document preview = pages.html(get("/countries/china?preview=true").with(editor("eda@example.eu")));
		assertThat(preview.select("#events h3").eachText()).contains("Matchmaking in Chengdu");
		assertThat(preview.select("#events li:has(h3:contains(Matchmaking in Chengdu)) .badge").text())
			.isEqualTo("Draft");

		long id = idOf("Matchmaking in Chengdu");
		Document form = pages.html(get("/admin/events/{id}/edit", id).with(editor("eda@example.eu")));
		assertThat(form.select("main .meta a").eachAttr("href")).contains("/countries/china?preview=true#events");
		mvc.perform(edit(id, 0, "Matchmaking in Chengdu", "PUBLISHED", editor("eda@example.eu")))
			.andExpect(redirectedUrl("/admin/events"));
		assertThat(eventsOnChinaPage(get("/countries/china"))).contains("Matchmaking in Chengdu");
		assertThat(eventList()).contains("Matchmaking in Chengdu");
		assertThat(atomFeed()).contains("Matchmaking in Chengdu");
		assertThat(calendar()).contains("Matchmaking in Chengdu");
	}

	@Test
	void badInputIsExplainedNextToTheFieldsAndWhatWasTypedIsKept() throws Exception {
		Document form = pages.html(post("/admin/events").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("kind", "WORKSHOP")
			.param("audience", "SMES")
			.param("title", "")
			.param("startsOn", "2026-02-30")
			.param("onlineUrl", "javascript:alert(1)")
			.param("summary", "Kept summary")
			.param("status", "PUBLISHED"));
		assertThat(form.select("#title-errors").text()).isEqualTo("Please enter a title.");
		assertThat(form.select("#startsOn-errors").text()).isEqualTo("Please enter a real date as YYYY-MM-DD.");
		assertThat(form.select("#onlineUrl-errors").text()).startsWith("Please enter a web address");
		assertThat(form.select("#startsOn").val()).isEqualTo("2026-02-30");
		assertThat(form.select("#onlineUrl").val()).isEqualTo("javascript:alert(1)");
		assertThat(form.select("#summary").text()).isEqualTo("Kept summary");
		assertThat(form.select("#kind option[selected]").text()).isEqualTo("Workshop");
		assertThat(form.select("#audience option[selected]").text()).isEqualTo("SMEs");
		assertThat(eventsMadeHere()).isZero();
	}

	@Test
	void anEndBeforeTheStartAndAnEventWithNeitherPlaceNorLinkAreRefusedNextToTheFields() throws Exception {
		Document form = pages.html(post("/admin/events").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("kind", "CONFERENCE")
			.param("audience", "EVERYONE")
			.param("title", "Backwards conference")
			.param("startsOn", start.toString())
			.param("endsOn", start.minusDays(2).toString())
			.param("location", "  ")
			.param("onlineUrl", "")
			.param("status", "PUBLISHED"));
		assertThat(form.select("#endsOn-errors").text()).startsWith("The last day cannot be before the first day.");
		assertThat(form.select("#endsOn").attr("aria-describedby")).isEqualTo("endsOn-errors");
		assertThat(form.select("#endsOn").val()).isEqualTo(start.minusDays(2).toString());
		assertThat(form.select("#location-errors").text())
			.isEqualTo("Please enter where the event takes place, a link to join it online, or both.");
		assertThat(form.select("[role=alert] a").eachAttr("href")).containsExactlyInAnyOrder("#endsOn", "#location");
		assertThat(form.select("#title").val()).isEqualTo("Backwards conference");
		assertThat(eventsMadeHere()).isZero();

		mvc.perform(post("/admin/events").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", "china")
			.param("kind", "WEBINAR")
			.param("audience", "EVERYONE")
			.param("title", "Online only")
			.param("startsOn", start.toString())
			.param("onlineUrl", "https://meet.example.eu/cluster")
			.param("status", "PUBLISHED")).andExpect(redirectedUrl("/admin/events"));
		assertThat(eventsMadeHere()).isOne();
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() throws Exception {
		create("Original title", "PUBLISHED");
		long id = idOf("Original title");
		mvc.perform(edit(id, 0, "First editor's title", "PUBLISHED", editor("first@example.eu")))
			.andExpect(redirectedUrl("/admin/events"));
		Document refused = pages.html(edit(id, 0, "Second editor's title", "PUBLISHED", editor("second@example.eu")));
		assertThat(refused.select("[role=alert]").text()).contains("Someone else saved this item after you opened it");
		assertThat(refused.select("#title").val()).isEqualTo("Second editor's title");
		assertThat(eventList()).contains("First editor's title").doesNotContain("Second editor's title");
	}

	@Test
	void everySaveIsARevisionWithItsAuthorAndAnEarlierOneCanBeRestored() throws Exception {
		create("Version one", "PUBLISHED");
		long id = idOf("Version one");
		mvc.perform(edit(id, 0, "Version two", "PUBLISHED", editor("second@example.eu")))
			.andExpect(redirectedUrl("/admin/events"));
		Document history = pages.html(get("/admin/events/{id}/history", id).with(editor("eda@example.eu")));
		assertThat(history.select("tbody td:nth-of-type(3)").eachText()).containsExactly("Version two", "Version one");
		assertThat(history.select("tbody td:nth-of-type(1)").eachText()).containsExactly("second@example.eu",
				"eda@example.eu");

		String restore = history.select("tbody tr:nth-child(2) form").attr("action");
		mvc.perform(post(restore).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/events/" + id + "/edit"));
		assertThat(eventList()).contains("Version one").doesNotContain("Version two");
		assertThat(pages.html(get("/admin/events/{id}/history", id).with(editor("eda@example.eu"))).select("tbody tr"))
			.hasSize(3);
	}

	@Test
	void deletingAsksFirstAndThenRemovesTheEvent() throws Exception {
		create("To be deleted", "PUBLISHED");
		long id = idOf("To be deleted");
		Document confirm = pages.html(get("/admin/events/{id}/delete", id).with(editor("eda@example.eu")));
		assertThat(confirm.select("main .lead").text()).startsWith("Really delete “To be deleted”?");
		assertThat(eventList()).contains("To be deleted");
		mvc.perform(post("/admin/events/{id}/delete", id).with(editor("eda@example.eu")).with(csrf()))
			.andExpect(redirectedUrl("/admin/events"));
		assertThat(eventList()).doesNotContain("To be deleted");
		assertThat(eventsMadeHere()).isZero();
	}

	@Test
	void theListSearchesTitlesShowsTheLatestStartFirstAndNeedsSignIn() throws Exception {
		create("Shenzhen matchmaking", "PUBLISHED");
		mvc.perform(form("china", "Shenzhen trade mission", "DRAFT", start.plusDays(40)))
			.andExpect(redirectedUrl("/admin/events"));
		create("Beijing workshop", "DRAFT");
		Document list = pages.html(get("/admin/events?q=SHENZHEN").with(editor("eda@example.eu")));
		assertThat(list.select("tbody th").eachText()).containsExactly("Shenzhen trade mission",
				"Shenzhen matchmaking");
		assertThat(list.select("tbody tr:first-child td").eachText()).startsWith("China",
				format(start.plusDays(40)) + " – " + format(start.plusDays(41)), "Workshop", "Draft", "Missing",
				"eda@example.eu");
		mvc.perform(get("/admin/events")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/admin/events/new")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theListCostsTheSameStatementsHoweverManyEventsAndCountriesItShows() throws Exception {
		create("Only event", "PUBLISHED");
		long one = statementsForTheList();
		mvc.perform(form("japan", "Event in Japan", "DRAFT", start)).andExpect(redirectedUrl("/admin/events"));
		mvc.perform(form("brazil", "Event in Brazil", "PUBLISHED", start)).andExpect(redirectedUrl("/admin/events"));
		Document list = pages.html(get("/admin/events").with(editor("eda@example.eu")));
		assertThat(list.select("tbody td:nth-of-type(1)").eachText()).contains("China", "Japan", "Brazil");
		assertThat(statementsForTheList()).isEqualTo(one);
	}

	private void create(String title, String status) throws Exception {
		mvc.perform(form("china", title, status, start)).andExpect(redirectedUrl("/admin/events"));
	}

	private MockHttpServletRequestBuilder form(String country, String title, String status, LocalDate startsOn) {
		return post("/admin/events").with(editor("eda@example.eu"))
			.with(csrf())
			.param("country", country)
			.param("kind", "WORKSHOP")
			.param("audience", "SMES")
			.param("title", title)
			.param("startsOn", startsOn.toString())
			.param("endsOn", startsOn.plusDays(1).toString())
			.param("location", "Chengdu")
			.param("status", status);
	}

	private MockHttpServletRequestBuilder edit(long id, long version, String title, String status,
			RequestPostProcessor who) {
		return post("/admin/events/{id}/edit", id).with(who)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("country", "china")
			.param("kind", "WORKSHOP")
			.param("audience", "SMES")
			.param("title", title)
			.param("startsOn", start.toString())
			.param("endsOn", start.plusDays(1).toString())
			.param("location", "Chengdu")
			.param("status", status);
	}

	private List<String> eventsOnChinaPage(MockHttpServletRequestBuilder request) throws Exception {
		return pages.html(request).select("#events h3").eachText();
	}

	private List<String> eventList() throws Exception {
		return pages.html(get("/events")).select("#results-heading ~ ul h3").eachText();
	}

	private List<String> atomFeed() throws Exception {
		String xml = mvc.perform(get("/events.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Feed feed = (Feed) new WireFeedInput(true, Locale.ROOT).build(new InputSource(new StringReader(xml)));
		return feed.getEntries().stream().map(Entry::getTitle).toList();
	}

	private List<String> calendar() throws Exception {
		String ics = mvc.perform(get("/events.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
		return events.stream().map((event) -> event.getSummary().getValue()).toList();
	}

	private long statementsForTheList() throws Exception {
		return pages.statementsFor(get("/admin/events").with(editor("eda@example.eu")));
	}

	private long eventsMadeHere() {
		return jdbc.sql("select count(*) from event where id > ?").param(lastIdBefore).query(Long.class).single();
	}

	private long idOf(String title) {
		return jdbc.sql("select id from event where title = ? and id > ?")
			.params(title, lastIdBefore)
			.query(Long.class)
			.single();
	}

	private static String format(LocalDate day) {
		return String.format(Locale.UK, "%1$te %1$tb %1$tY", day);
	}

}
