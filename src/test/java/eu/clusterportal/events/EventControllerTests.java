package eu.clusterportal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventAudience;
import eu.clusterportal.content.EventKind;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.InputSource;

@PortalIntegrationTest
@Transactional
class EventControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void addEvents() {
		today = LocalDate.now(clock);
		Country china = country("china");
		Country japan = country("japan");
		entityManager.persist(new Event(china, "Matchmaking in Shanghai", today.plusDays(30), today.plusDays(31),
				EventKind.MATCHMAKING, EventAudience.SMES, "Shanghai"));
		entityManager.persist(new Event(china, "Cluster policy webinar", today.plusDays(5), null, EventKind.WEBINAR,
				EventAudience.POLICY_MAKERS, null));
		entityManager.persist(new Event(china, "Conference going on", today.minusDays(1), today.plusDays(1),
				EventKind.CONFERENCE, EventAudience.EVERYONE, "Beijing"));
		entityManager.persist(new Event(china, "Past mission", today.minusDays(60), today.minusDays(55),
				EventKind.TRADE_MISSION, EventAudience.CLUSTER_ORGANISATIONS, "Guangzhou"));
		entityManager.persist(new Event(japan, "Tokyo workshop", today.plusDays(10), null, EventKind.WORKSHOP,
				EventAudience.RESEARCHERS, "Tokyo"));
		entityManager.flush();
	}

	@Test
	void theChineseCountryFilterNamesCountriesInChineseInPinyinOrder() throws Exception {
		assertThat(pages.html("/zh/events").select("#country option[value~=.]").eachText())
			.containsSubsequence("日本", "中国")
			.doesNotContain("China", "Japan");
	}

	@Test
	void showsUpcomingEventsSoonestFirstByDefault() throws Exception {
		assertThat(titles(pages.html("/events"))).containsExactly("Conference going on", "Cluster policy webinar",
				"Tokyo workshop", "Matchmaking in Shanghai");
	}

	@Test
	void keepsDraftsOutOfTheListTheCountryPageTheFeedsAndTheSearch() throws Exception {
		assertThat(searchedEvents("Shanghai matchmaking")).containsExactly("Matchmaking in Shanghai");
		entityManager.createQuery("update Event e set e.status = :draft where e.title = 'Matchmaking in Shanghai'")
			.setParameter("draft", PublicationStatus.DRAFT)
			.executeUpdate();
		assertThat(titles(pages.html("/events"))).doesNotContain("Matchmaking in Shanghai");
		assertThat(pages.html("/countries/china").select("#events h3").eachText())
			.doesNotContain("Matchmaking in Shanghai");
		assertThat(mvc.perform(get("/events.ics")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Matchmaking in Shanghai");
		assertThat(searchedEvents("Shanghai matchmaking")).isEmpty();
	}

	@Test
	void showsPastEventsLatestFirst() throws Exception {
		assertThat(titles(pages.html("/events?when=past"))).containsExactly("Past mission");
	}

	@Test
	void combinesCountryTypeAudienceAndDateRange() throws Exception {
		assertThat(titles(pages.html("/events?country=china"))).containsExactly("Conference going on",
				"Cluster policy webinar", "Matchmaking in Shanghai");
		assertThat(titles(pages.html("/events?type=webinar"))).containsExactly("Cluster policy webinar");
		assertThat(titles(pages.html("/events?audience=smes&country=china")))
			.containsExactly("Matchmaking in Shanghai");
		assertThat(titles(pages.html("/events?from=" + today.minusDays(70) + "&to=" + today.minusDays(50))))
			.containsExactly("Past mission");
		Document filtered = pages.html("/events?country=japan&type=workshop");
		assertThat(filtered.select("#country option[selected]").text()).isEqualTo("Japan");
		assertThat(filtered.select("#type option[selected]").text()).isEqualTo("Workshop");
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		Document page = pages.html("/events?country=japan&type=webinar");
		assertThat(titles(page)).isEmpty();
		assertThat(page.select(".empty-state").text()).startsWith("No event matches these filters.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=yesterday", "to=2026-13-45", "type=party", "audience=aliens", "when=someday",
			"page=abc" })
	void explainsAnUnreadableFilterAndIgnoresIt(String parameter) throws Exception {
		Document page = pages.html("/events?" + parameter);
		assertThat(page.select("[role=alert] li")).hasSize(1);
		assertThat(page.select("[role=alert] li").text()).contains(parameter.substring(parameter.indexOf('=') + 1));
		assertThat(titles(page)).isNotEmpty();
		assertThat(atomTitles(get("/events.atom?" + parameter))).containsExactlyElementsOf(titles(page));
		assertThat(calendarTitles(get("/events.ics?" + parameter))).containsExactlyInAnyOrderElementsOf(titles(page));
	}

	@Test
	void ignoresAnEndDateBeforeTheStartDate() throws Exception {
		Document page = pages.html("/events?from=" + today.plusDays(20) + "&to=" + today);
		assertThat(page.select("[role=alert]").text()).contains("before the start date");
		assertThat(titles(page)).containsExactly("Matchmaking in Shanghai");
	}

	@ParameterizedTest
	@ValueSource(strings = { "999", "2147483647", "99999999999999999999" })
	void aPageBeyondTheLastShowsTheLast(String page) throws Exception {
		assertThat(titles(pages.html(get("/events").param("page", page)))).containsExactly("Conference going on",
				"Cluster policy webinar", "Tokyo workshop", "Matchmaking in Shanghai");
	}

	@ParameterizedTest
	@ValueSource(strings = { "from=+999999999-12-31", "to=+999999999-12-31", "from=-999999999-01-01", "to=0000-12-31",
			"from=10000-01-01" })
	void explainsADateOutsideTheYears1To9999AndIgnoresIt(String parameter) throws Exception {
		String[] nameAndValue = parameter.split("=");
		Document page = pages.html(get("/events").param(nameAndValue[0], nameAndValue[1]));
		assertThat(page.select("[role=alert] li").text()).contains(nameAndValue[1]).contains("years 1 to 9999");
		assertThat(titles(page)).isNotEmpty();
		assertThat(atomTitles(get("/events.atom").param(nameAndValue[0], nameAndValue[1])))
			.containsExactlyElementsOf(titles(page));
		assertThat(calendarTitles(get("/events.ics").param(nameAndValue[0], nameAndValue[1])))
			.containsExactlyInAnyOrderElementsOf(titles(page));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "china\u0000", "\u0001\u007f" })
	void ignoresACountryWithControlCharacters(String country) throws Exception {
		Document page = pages.html(get("/events").param("country", country));
		assertThat(page.select("[role=alert] li").text()).contains("is not a country");
		assertThat(titles(page)).hasSize(4);
		assertThat(atomTitles(get("/events.atom").param("country", country))).containsExactlyElementsOf(titles(page));
		assertThat(calendarTitles(get("/events.ics").param("country", country)))
			.containsExactlyInAnyOrderElementsOf(titles(page));
		mvc.perform(get("/news.atom").param("country", country)).andExpect(status().isNotFound());
	}

	@Test
	void offersTheListAsAValidAtomFeed() throws Exception {
		String xml = mvc.perform(get("/events.atom?country=china"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Feed feed = (Feed) new WireFeedInput(true, java.util.Locale.ROOT).build(new InputSource(new StringReader(xml)));
		assertThat(feed.getTitle()).isEqualTo("Events of the EU–China Cluster Portal");
		assertThat(feed.getEntries()).extracting(Entry::getTitle)
			.containsExactly("Conference going on", "Cluster policy webinar", "Matchmaking in Shanghai");
		assertThat(feed.getEntries())
			.allSatisfy((entry) -> assertThat(entry.getId()).startsWith("http://localhost:8080/"));
	}

	@Test
	void offersTheListAsAValidICalendarFileWithAllDayEvents() throws Exception {
		String ics = mvc.perform(get("/events.ics?country=china&type=matchmaking"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"events.ics\""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().getEntries()).isEmpty();
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.getSummary().getValue()).isEqualTo("Matchmaking in Shanghai");
			assertThat(event.getLocation().getValue()).isEqualTo("Shanghai");
			assertThat(event.getDateTimeStart().getDate()).isEqualTo(today.plusDays(30));
			assertThat(event.getDateTimeEnd().getDate()).isEqualTo(today.plusDays(32));
		});
	}

	@Test
	void offersAValidICalendarFileAlsoWhenNoEventMatches() throws Exception {
		assertThat(calendarTitles(get("/events.ics?country=japan&type=webinar"))).isEmpty();
	}

	@Test
	void aCalendarWithoutEventsSaysSoInItsLanguage() throws Exception {
		assertThat(calendarComment("/events.ics?country=japan&type=webinar"))
			.isEqualTo("No event matches this calendar's filters.");
		assertThat(calendarTitles(get("/zh/events.ics?country=japan&type=webinar"))).isEmpty();
		assertThat(calendarComment("/zh/events.ics?country=japan&type=webinar")).isEqualTo("没有符合本日历筛选条件的活动。");
	}

	@Test
	void theChinaPageLinksToItsEventsAndFeeds() throws Exception {
		Document china = pages.html("/countries/china");
		assertThat(china.select("#events a").eachAttr("href")).contains("/events?country=china",
				"/events.atom?country=china", "/events.ics?country=china");
		assertThat(china.select("#news a").eachAttr("href")).contains("/news.atom?country=china");
		assertThat(china.select("#events h3").eachText()).startsWith("Conference going on");
	}

	/** The entries of a valid Atom feed. */
	private List<String> atomTitles(MockHttpServletRequestBuilder request) throws Exception {
		String xml = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/atom+xml;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Feed feed = (Feed) new WireFeedInput(true, java.util.Locale.ROOT).build(new InputSource(new StringReader(xml)));
		return feed.getEntries().stream().map(Entry::getTitle).toList();
	}

	/** The comment of the component that stands in for the events when none matches. */
	private String calendarComment(String url) throws Exception {
		String ics = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<CalendarComponent>getComponent("X-CLUSTER-PORTAL-NO-EVENTS")
			.flatMap((placeholder) -> placeholder.<Property>getProperty(Property.COMMENT))
			.map(Property::getValue)
			.orElseThrow();
	}

	/** The events of a valid iCalendar file. */
	private List<String> calendarTitles(MockHttpServletRequestBuilder request) throws Exception {
		String ics = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.validate().getEntries()).isEmpty();
		return calendar.<VEvent>getComponents("VEVENT").stream().map((event) -> event.getSummary().getValue()).toList();
	}

	private List<String> searchedEvents(String q) throws Exception {
		return pages.html(get("/search").param("q", q)).select("#events h3").eachText();
	}

	private static List<String> titles(Document page) {
		return page.select("#results-heading ~ ul h3").eachText();
	}

	private Country country(String slug) {
		return entityManager.createQuery("select c from Country c where c.slug = :slug", Country.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

}
