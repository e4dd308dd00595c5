package eu.clusterportal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import eu.clusterportal.DatabaseSnapshot;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A country page costs a fixed number of SQL statements, however many rows its country
 * has. The rows are committed and the page is read as in production, outside any test
 * transaction, so a lazy load that would fail there fails here too; more rows than the
 * batch fetch size (50) show that no association is loaded per row or per batch, and that
 * what can grow is capped.
 */
@ExtendWith(DatabaseSnapshot.class)
@PortalIntegrationTest
class CountryPageQueryCountTests {

	private static final int MORE_THAN_TWO_BATCHES = 120;

	@Autowired
	WebPages pages;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChinaPageRunsAsManyStatementsWithTenTimesTheRows() throws Exception {
		long before = pages.statementsFor(get("/countries/china?sort=smes,desc"));
		addRowsToEveryBlockOfChina();
		long after = pages.statementsFor(get("/countries/china?sort=smes,desc"));

		assertThat(pages.html("/countries/china").select("#partnerships tbody tr")).hasSize(20);
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(6);
	}

	@Test
	void theChinaPageInChineseRunsAsManyStatementsAsInEnglish() throws Exception {
		long english = pages.statementsFor(get("/countries/china?sort=smes,desc"));

		assertThat(pages.statementsFor(get("/zh/countries/china?sort=smes,desc"))).isEqualTo(english)
			.isLessThanOrEqualTo(6);
	}

	@Test
	void aCountryWithoutProfileRunsAsManyStatementsWithMorePartnerships() throws Exception {
		long before = pages.statementsFor(get("/countries/japan"));
		addRowsToEveryBlockOfChina();
		long after = pages.statementsFor(get("/countries/japan"));

		assertThat(pages.html("/countries/japan").select("#partnerships tbody tr")).hasSize(20);
		assertThat(after).isEqualTo(before).isLessThanOrEqualTo(3);
	}

	@Test
	void theChinaPageShowsTheFirstRowsOfWhatGrowsAndLinksToTheRest() throws Exception {
		addRowsToEveryBlockOfChina();

		Document page = pages.html("/countries/china?sort=smes,desc&clusters=sector");
		assertThat(page.select("#partnerships tbody tr").eachAttr("data-acronym")).hasSize(20)
			.startsWith("TEST120", "TEST119");
		Element all = page.selectFirst("#partnerships .partnerships__all a");
		assertThat(all.text()).isEqualTo("Show all 132 partnerships targeting China in the partnership directory");
		assertThat(all.attr("href")).isEqualTo("/partnerships?country=china&sort=smes,desc");
		// Every test cluster is in C29: the group shows its first 12 by name, and the
		// chart and the link count all of them.
		Element motorVehicles = page.select(".cluster-group")
			.stream()
			.filter((g) -> g.selectFirst("h3").text().startsWith("C29 "))
			.findFirst()
			.orElseThrow();
		assertThat(motorVehicles.select(".card")).hasSize(CountryProfileService.CLUSTERS_PER_GROUP);
		Element more = motorVehicles.selectFirst(".cluster-group__more a");
		assertThat(more.attr("href")).isEqualTo("/clusters?country=china&sector=C29");
		int inGroup = CountryProfileService.CLUSTERS_PER_GROUP + Integer.parseInt(more.text().replaceAll("\\D", ""));
		assertThat(more.text()).endsWith("more clusters in the cluster directory");
		assertThat(page.select("text.bar-chart__count").eachText()).contains(String.valueOf(inGroup));
		assertThat(inGroup).isGreaterThan(MORE_THAN_TWO_BATCHES);
		assertThat(page.select("#news .item-list > li")).hasSize(CountryContentQuery.LATEST);
		assertThat(page.select("#events .item-list > li")).hasSize(CountryContentQuery.LATEST);
		assertThat(page.select("#escp4i-news .item-list > li")).hasSize(CountryContentQuery.LATEST);
		assertThat(page.select("#documentation .item-list > li")).hasSize(CountryContentQuery.LISTED);
		assertThat(page.select("#achievements .item-list > li")).hasSize(CountryContentQuery.LISTED);
		assertThat(page.select("#support-bodies + ul > li")).hasSize(CountryContentQuery.LISTED);
		assertThat(page.select("#cluster-map svg a")).hasSize(CountryProfileService.CLUSTERS_ON_MAP);
		assertThat(page.select("#cluster-map figcaption").text()).contains("(131 of China's 131)",
				"The map shows the first 100 by city.");
		assertThat(page.select("#cluster-map figcaption a").attr("href")).isEqualTo("/clusters?country=china");
	}

	/**
	 * Partnerships targeting China and Japan with terms and member clusters, clusters in
	 * new regions with terms and a place, published news, events, documents with files
	 * and achievements, and organisations that help: {@link #MORE_THAN_TWO_BATCHES} of
	 * each.
	 */
	private void addRowsToEveryBlockOfChina() {
		run("""
				insert into region (country_id, slug, name, position)
				select c.id, 'test-region-' || i, 'Test region ' || i, 100 + i
				from country c, generate_series(1, :count) i where c.slug = 'china'""");
		run("""
				insert into cluster (slug, name, country_id, region_id, city, latitude, longitude)
				select 'test-cluster-' || i, 'Test cluster ' || i, r.country_id, r.id, 'Xi''an', 34.34, 108.94
				from generate_series(1, :count) i join region r on r.slug = 'test-region-' || i""");
		run("""
				insert into cluster_sector (cluster_id, sector_id)
				select k.id, s.id from cluster k, sector s
				where k.slug like 'test-cluster-%' and s.code in ('J62', 'C29')""");
		run("""
				insert into cluster_technology_field (cluster_id, technology_field_id)
				select k.id, t.id from cluster k, technology_field t where k.slug like 'test-cluster-%' and t.code = 'Y04'""");
		run("""
				insert into partnership (acronym, name, smes_involved, partner_count)
				select 'TEST' || i, 'Test partnership ' || i, i * 10, i from generate_series(1, :count) i""");
		run("""
				insert into partnership_target_country (partnership_id, country_id)
				select p.id, c.id from partnership p, country c
				where p.acronym like 'TEST%' and c.slug in ('china', 'japan')""");
		run("""
				insert into partnership_sector (partnership_id, sector_id)
				select p.id, s.id from partnership p, sector s where p.acronym like 'TEST%' and s.code in ('J62', 'C29')""");
		run("""
				insert into partnership_technology_field (partnership_id, technology_field_id)
				select p.id, t.id from partnership p, technology_field t where p.acronym like 'TEST%' and t.code = 'Y04'""");
		run("""
				insert into partnership_member (partnership_id, cluster_id)
				select p.id, k.id from partnership p join cluster k on k.slug = 'test-cluster-' || substr(p.acronym, 5)
				where p.acronym like 'TEST%'""");
		run("""
				insert into news_item (country_id, channel, title, published_on)
				select c.id, channel, channel || ' news ' || i, current_date - i
				from country c, generate_series(1, :count) i, (values ('COUNTRY'), ('ESCP4I')) v(channel)
				where c.slug = 'china'""");
		run("""
				insert into event (country_id, title, starts_on, ends_on, location)
				select c.id, 'Event ' || i, current_date + i, current_date + i + 1, 'Xi''an'
				from country c, generate_series(1, :count) i where c.slug = 'china'""");
		run("""
				insert into document_file (file_name, media_type, size_bytes, sha256, uploaded_at)
				select 'test-study-' || i || '.pdf', 'application/pdf', 1000 + i, repeat('0', 64), now()
				from generate_series(1, :count) i""");
		run("""
				insert into document (country_id, title, kind, file_id)
				select c.id, 'Study ' || f.id, 'STUDY', f.id
				from country c, document_file f where c.slug = 'china' and f.file_name like 'test-study-%'""");
		run("""
				insert into achievement (country_id, title, start_year)
				select c.id, 'Achievement ' || i, 2000 + i % 20 from country c, generate_series(1, :count) i
				where c.slug = 'china'""");
		run("""
				insert into organisation (slug, name, type, country_id, offers_help)
				select 'test-organisation-' || i, 'Test organisation ' || i, 'AGENCY', c.id, true
				from country c, generate_series(1, :count) i where c.slug = 'china'""");
	}

	private void run(String sql) {
		jdbc.sql(sql).param("count", MORE_THAN_TWO_BATCHES).update();
	}

}
