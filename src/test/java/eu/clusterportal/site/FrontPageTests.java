package eu.clusterportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
@Transactional
class FrontPageTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void showsTheFiguresOfThePortal() throws Exception {
		Document page = pages.html("/");

		assertThat(figure(page, "Partner countries")).isEqualTo(number("select count(*) from country"));
		assertThat(figure(page, "Clusters")).isEqualTo(number("select count(*) from cluster"));
		assertThat(figure(page, "Partnerships")).isEqualTo(number("select count(*) from partnership"));
		assertThat(figure(page, "SMEs involved in the partnerships"))
			.isEqualTo(number("select sum(smes_involved) from partnership") + " Counted in the "
					+ number("select count(smes_involved) from partnership") + " of "
					+ number("select count(*) from partnership") + " partnerships that report it");
	}

	@Test
	void showsTheCountriesWithAProfileFirstThenTheMostTargeted() throws Exception {
		Document page = pages.html("/");

		assertThat(page.select("#countries .card h3").eachText()).containsExactly("China", "United States", "Canada",
				"Singapore");
		Element china = page.selectFirst("#countries .card:has(h3 a[href=/countries/china])");
		assertThat(china.select(".front-card__numbers li").eachText()).containsExactly(
				count("select count(*) from partnership_target_country t join country c on c.id = t.country_id "
						+ "where c.slug = 'china'") + " partnerships target it",
				count("select count(*) from cluster k join country c on c.id = k.country_id where c.slug = 'china'")
						+ " clusters listed");
		assertThat(china.selectFirst(".meta").text()).isEqualTo("Country profile");
		assertThat(page.selectFirst("#countries .card:has(a[href=/countries/united-states]) .meta").text())
			.isEqualTo("Profile to come");
		assertThat(page.selectFirst("#countries > p a").text())
			.isEqualTo("All " + number("select count(*) from country") + " partner countries");
	}

	@Test
	void leadsToACountryAndToPartners() throws Exception {
		Document page = pages.html("/");

		Element country = page.selectFirst("section:has(> h2:containsOwn(Learn about a country))");
		assertThat(country.select("a").eachAttr("href")).containsExactly("/countries/china", "/countries");
		assertThat(country.select("a").eachText()).containsExactly("The profile of China", "All partner countries");
		Element partner = page.selectFirst("section:has(> h2:containsOwn(Find a partner))");
		assertThat(partner.select("a").eachAttr("href")).containsExactly("/clusters", "/partnerships");
	}

	@Test
	void hasASearchBoxOfItsOwn() throws Exception {
		Element form = pages.html("/").selectFirst("main form[role=search]");

		assertThat(form.attr("action")).isEqualTo("/search");
		assertThat(form.attr("method")).isEqualTo("get");
		Element input = form.selectFirst("input[name=q]");
		Element label = form.selectFirst("label[for=" + input.id() + "]");
		assertThat(label.text()).isEqualTo("Search countries, clusters, partnerships, news and events");
		assertThat(form.attr("aria-labelledby")).isEqualTo(label.id());
	}

	@Test
	void showsTheLatestPublishedNewsLinkedToWhereItIsRead() throws Exception {
		LocalDate today = LocalDate.now(clock);
		addNews("Cluster matchmaking mission announced", today.minusDays(1), "COUNTRY", "https://example.eu/mission",
				"PUBLISHED");
		addNews("Partnership meets in Shanghai", today.minusDays(2), "ESCP4I", null, "PUBLISHED");
		addNews("Draft news not to show", today, "COUNTRY", null, "DRAFT");
		addNews("Older news", today.minusDays(3), "COUNTRY", null, "PUBLISHED");
		addNews("Oldest news", today.minusDays(4), "COUNTRY", null, "PUBLISHED");

		Document page = pages.html("/");

		assertThat(page.select("#news h3 a").eachText()).containsExactly("Cluster matchmaking mission announced",
				"Partnership meets in Shanghai", "Older news");
		List<String> links = page.select("#news h3 a").eachAttr("href");
		assertThat(links.get(0)).isEqualTo("https://example.eu/mission");
		assertThat(pages.html(links.get(1)).select("h1").text()).isEqualTo("Partnership meets in Shanghai");
		assertThat(pages.html(links.get(2)).select("h1").text()).isEqualTo("Older news");
		assertThat(page.select("#news .meta").first().text()).isEqualTo(DAY.format(today.minusDays(1)) + " · China");
	}

	@Test
	void showsTheNextPublishedEventsLinkedToTheirEntryInTheEventList() throws Exception {
		LocalDate today = LocalDate.now(clock);
		long goingOn = addEvent("Conference going on", today.minusDays(1), today.plusDays(1), "Beijing", "PUBLISHED");
		long webinar = addEvent("Cluster policy webinar", today.plusDays(5), null, null, "PUBLISHED");
		addEvent("Draft event not to show", today.plusDays(2), null, null, "DRAFT");
		addEvent("Past mission", today.minusDays(60), today.minusDays(55), "Guangzhou", "PUBLISHED");
		long matchmaking = addEvent("Matchmaking in Shanghai", today.plusDays(30), null, "Shanghai", "PUBLISHED");
		addEvent("Later workshop", today.plusDays(40), null, null, "PUBLISHED");

		Document page = pages.html("/");

		assertThat(page.select("#events h3 a").eachText()).containsExactly("Conference going on",
				"Cluster policy webinar", "Matchmaking in Shanghai");
		assertThat(page.select("#events h3 a").eachAttr("href")).containsExactly("/events#event-" + goingOn,
				"/events#event-" + webinar, "/events#event-" + matchmaking);
		assertThat(
				pages.html("/events").select("#event-" + goingOn + ", #event-" + webinar + ", #event-" + matchmaking))
			.hasSize(3);
		assertThat(page.select("#events .meta").first().text()).endsWith("· Beijing, China");
		assertThat(page.select("#events a").eachAttr("href")).contains("/events");
	}

	@Test
	void showsTheLastAddedPartnershipsAndClustersLinkedToTheirPages() throws Exception {
		jdbc.sql("insert into partnership (acronym, name, smes_involved) values ('NEWP', 'New partnership', 42)")
			.update();
		jdbc.sql("""
				insert into cluster (slug, name, country_id, city)
				select 'new-cluster', 'New cluster', id, 'Xi''an' from country where slug = 'china'""").update();

		Document page = pages.html("/");

		assertThat(page.select("#partnerships h3 a")).hasSize(FrontPageService.PARTNERSHIPS);
		Element newest = page.selectFirst("#partnerships li");
		assertThat(newest.selectFirst("a").attr("href")).isEqualTo("/partnerships/NEWP");
		assertThat(newest.selectFirst(".meta").text()).isEqualTo("New partnership · 42 SMEs");
		assertThat(page.select("#clusters h3 a")).hasSize(FrontPageService.CLUSTERS);
		assertThat(page.selectFirst("#clusters h3 a").attr("href")).isEqualTo("/clusters/new-cluster");
		assertThat(page.selectFirst("#clusters li .meta").text()).isEqualTo("Xi'an, China");
		assertThat(page.selectFirst("#partnerships > p a").text())
			.isEqualTo("All " + number("select count(*) from partnership") + " partnerships");
		assertThat(page.selectFirst("#clusters > p a").text())
			.isEqualTo("All " + number("select count(*) from cluster") + " clusters");
	}

	@Test
	void saysSoWhenThereIsNothingToShowYet() throws Exception {
		jdbc.sql("truncate country, cluster, partnership, news_item, event cascade").update();

		Document page = pages.html("/");

		assertThat(page.select("#countries, #news, #events, #partnerships, #clusters").select("ul")).isEmpty();
		assertThat(page.select(".empty-state").eachText()).containsExactly("No partner countries have been added yet.",
				"There is no news yet. News about the partner countries and the partnerships will appear here.",
				"No events are planned at the moment. Past events stay in the event list.",
				"No partnerships have been added yet.", "No clusters have been added yet.");
		assertThat(figure(page, "Clusters")).isEqualTo("0");
		assertThat(figure(page, "SMEs involved in the partnerships")).isEqualTo("Not reported yet");
		assertThat(
				page.selectFirst("section:has(> h2:containsOwn(Learn about a country))").select("a").eachAttr("href"))
			.containsExactly("/countries");
	}

	private static String figure(Document page, String label) {
		Element term = page.select("#figures dt")
			.stream()
			.filter((dt) -> dt.text().equals(label))
			.findFirst()
			.orElseThrow();
		return term.parent().select("dd").text();
	}

	private String number(String sql) {
		return String.format(Locale.ENGLISH, "%,d", jdbc.sql(sql).query(Long.class).single());
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private void addNews(String title, LocalDate publishedOn, String channel, String url, String status) {
		jdbc.sql("""
				insert into news_item (country_id, channel, title, published_on, url, status)
				select id, :channel, :title, :publishedOn, :url, :status from country where slug = 'china'""")
			.param("channel", channel)
			.param("title", title)
			.param("publishedOn", publishedOn)
			.param("url", url)
			.param("status", status)
			.update();
	}

	private long addEvent(String title, LocalDate startsOn, LocalDate endsOn, String location, String status) {
		return jdbc.sql("""
				insert into event (country_id, title, starts_on, ends_on, location, status)
				select id, :title, :startsOn, :endsOn, :location, :status from country where slug = 'china'
				returning id""")
			.param("title", title)
			.param("startsOn", startsOn)
			.param("endsOn", endsOn)
			.param("location", location)
			.param("status", status)
			.query(Long.class)
			.single();
	}

}
