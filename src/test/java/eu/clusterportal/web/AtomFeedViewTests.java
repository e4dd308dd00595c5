package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.WireFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.xml.sax.InputSource;

/** The feed as a feed reader sees it, read back with ROME, an Atom parser of its own. */
class AtomFeedViewTests {

	static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

	static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

	@Test
	void writesTheFeedAndItsEntriesWithTheirLinksDatesAndSummaries() throws Exception {
		AtomFeed.Entry withSummary = new AtomFeed.Entry("https://portal.example/events#event-2", "Summit",
				"https://summit.example/", JUNE, "Two days in Chengdu");
		AtomFeed.Entry withoutSummary = new AtomFeed.Entry("https://portal.example/events#event-1", "Webinar",
				"https://portal.example/countries/china#events", MAY, null);
		MockHttpServletResponse response = render(
				new AtomFeed("https://portal.example/events.atom?country=china", "Events", "Portal",
						"https://portal.example/events?country=china", List.of(withSummary, withoutSummary)));

		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		Feed feed = parse(response);
		assertThat(feed.getId()).isEqualTo("https://portal.example/events.atom?country=china");
		assertThat(feed.getTitle()).isEqualTo("Events");
		assertThat(feed.getAuthors()).extracting(SyndPerson::getName).containsExactly("Portal");
		assertThat(feed.getUpdated()).isEqualTo(Date.from(JUNE));
		assertThat(feed.getAlternateLinks()).extracting(Link::getHref)
			.containsExactly("https://portal.example/events?country=china");
		assertThat(feed.getOtherLinks()).extracting(Link::getRel, Link::getHref)
			.containsExactly(tuple("self", "https://portal.example/events.atom?country=china"));
		assertThat(feed.getEntries()).extracting(Entry::getId)
			.containsExactly("https://portal.example/events#event-2", "https://portal.example/events#event-1");
		Entry summit = feed.getEntries().get(0);
		assertThat(summit.getTitle()).isEqualTo("Summit");
		assertThat(summit.getAlternateLinks()).extracting(Link::getHref).containsExactly("https://summit.example/");
		assertThat(summit.getUpdated()).isEqualTo(Date.from(JUNE));
		assertThat(summit.getSummary().getType()).isEqualTo("text");
		assertThat(summit.getSummary().getValue()).isEqualTo("Two days in Chengdu");
		Entry webinar = feed.getEntries().get(1);
		assertThat(webinar.getAlternateLinks()).extracting(Link::getHref)
			.containsExactly("https://portal.example/countries/china#events");
		assertThat(webinar.getUpdated()).isEqualTo(Date.from(MAY));
		assertThat(webinar.getSummary()).isNull();
	}

	@Test
	void anEmptyFeedIsStillAFeed() throws Exception {
		Feed feed = parse(render(new AtomFeed("https://portal.example/news.atom", "News", "Portal",
				"https://portal.example/countries", List.of())));
		assertThat(feed.getTitle()).isEqualTo("News");
		assertThat(feed.getUpdated()).isEqualTo(Date.from(Instant.EPOCH));
		assertThat(feed.getEntries()).isEmpty();
	}

	@Test
	void keepsMarkupAsTextAndLeavesOutCharactersXmlCannotCarry() throws Exception {
		Feed feed = parse(render(new AtomFeed("https://portal.example/news.atom?country=china&x=\"1\"",
				"R&D <news>\u0001", "Portal", "https://portal.example/countries",
				List.of(new AtomFeed.Entry("https://portal.example/news/1",
						"Tom\u0000 & <b>Jerry</b>\u001F \uD83D\uDE00", "https://portal.example/a?b=1&c=2", MAY,
						"\uD800Line\nbreak\u000B & \"quotes\"")))));

		assertThat(feed.getId()).isEqualTo("https://portal.example/news.atom?country=china&x=\"1\"");
		assertThat(feed.getTitle()).isEqualTo("R&D <news>");
		Entry entry = feed.getEntries().get(0);
		assertThat(entry.getTitle()).isEqualTo("Tom & <b>Jerry</b> \uD83D\uDE00");
		assertThat(entry.getAlternateLinks()).extracting(Link::getHref)
			.containsExactly("https://portal.example/a?b=1&c=2");
		assertThat(entry.getSummary().getValue()).isEqualTo("Line\nbreak & \"quotes\"");
	}

	private static MockHttpServletResponse render(AtomFeed feed) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new AtomFeedView().render(Map.of(AtomFeedView.MODEL_ATTRIBUTE, feed), new MockHttpServletRequest(), response);
		return response;
	}

	private static Feed parse(MockHttpServletResponse response) throws Exception {
		return (Feed) new WireFeedInput(true, Locale.ROOT)
			.build(new InputSource(new StringReader(response.getContentAsString())));
	}

}
