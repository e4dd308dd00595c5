package eu.clusterportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front page costs a fixed number of SQL statements, however much content there is.
 * The rows are committed and the page is read as in production, outside any test
 * transaction, so that a lazy load that would fail there fails here too; more rows than
 * the batch fetch size (50) show that nothing is loaded per row.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class FrontPageQueryCountTests {

	private static final int MORE_THAN_TWO_BATCHES = 120;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void runsAsManyStatementsWithManyMoreRowsAndShowsTheFirstFew() throws Exception {
		long before = pages.statementsFor(get("/"));
		addRowsOfEveryKind();
		long after = pages.statementsFor(get("/"));

		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(5);
		Document page = pages.html("/");
		assertThat(page.select("#countries .card")).hasSize(FrontPageService.COUNTRIES);
		assertThat(page.select("#news li")).hasSize(FrontPageService.NEWS);
		assertThat(page.select("#events li")).hasSize(FrontPageService.EVENTS);
		assertThat(page.select("#partnerships li")).hasSize(FrontPageService.PARTNERSHIPS);
		assertThat(page.select("#clusters li")).hasSize(FrontPageService.CLUSTERS);
		assertThat(page.select("#news h3 a").eachText()).containsExactly("News 1", "News 2", "News 3");
		assertThat(page.select("#events h3 a").eachText()).containsExactly("Event 1", "Event 2", "Event 3");
		assertThat(page.select("#partnerships h3 a").eachText()).containsExactly("TEST120", "TEST119", "TEST118",
				"TEST117");
		assertThat(page.select("#clusters h3 a").eachText()).containsExactly("Test cluster 120", "Test cluster 119",
				"Test cluster 118", "Test cluster 117");
	}

	/**
	 * Countries, each with a cluster, a partnership that targets it and China, a
	 * published news item and an upcoming event, the news and events shown being in other
	 * countries: {@link #MORE_THAN_TWO_BATCHES} of each.
	 */
	private void addRowsOfEveryKind() {
		run("""
				insert into country (slug, name)
				select 'test-country-' || i, 'Test country ' || i from generate_series(1, :count) i""");
		run("""
				insert into cluster (slug, name, country_id)
				select 'test-cluster-' || i, 'Test cluster ' || i, c.id
				from generate_series(1, :count) i join country c on c.slug = 'test-country-' || i
				order by i""");
		run("""
				insert into partnership (acronym, name, smes_involved)
				select 'TEST' || i, 'Test partnership ' || i, i from generate_series(1, :count) i order by i""");
		run("""
				insert into partnership_target_country (partnership_id, country_id)
				select p.id, c.id from partnership p join country c
				    on c.slug in ('china', 'test-country-' || substr(p.acronym, 5))
				where p.acronym like 'TEST%'""");
		run("""
				insert into news_item (country_id, channel, title, published_on)
				select c.id, 'COUNTRY', 'News ' || i, current_date - i
				from generate_series(1, :count) i join country c on c.slug = 'test-country-' || i""");
		run("""
				insert into event (country_id, title, starts_on)
				select c.id, 'Event ' || i, current_date + i
				from generate_series(1, :count) i join country c on c.slug = 'test-country-' || (:count + 1 - i)""");
	}

	private void run(String sql) {
		jdbc.sql(sql).param("count", MORE_THAN_TWO_BATCHES).update();
	}

}
