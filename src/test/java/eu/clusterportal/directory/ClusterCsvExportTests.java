package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.country.Country;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The directory's CSV export, read back with Commons CSV. */
@PortalIntegrationTest
@Transactional
class ClusterCsvExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	@Test
	void isADownloadableUtf8CsvFileWithAHeaderRow() throws Exception {
		MockHttpServletResponse response = csvResponse("/clusters.csv");
		assertThat(MediaType.parseMediaType(response.getContentType()))
			.isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"clusters.csv\"");
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		// the byte order mark first, so that spreadsheets read UTF-8
		assertThat(body).startsWith("\uFEFF"
				+ "\"Name\",\"City\",\"Region\",\"Country\",\"Sectors\",\"Technology fields\",\"Website\",\"Sources\"\r\n");
		assertThat(parse(body)).hasSize(11);
	}

	@Test
	void writesEveryColumnOfACluster() throws Exception {
		Cluster wuxi = find(Cluster.class, "select c from Cluster c where c.slug = 'wuxi-photovoltaic-cluster'");
		wuxi.setWebsite("https://pv.example.cn/en?a=1,b=2");
		wuxi.addTechnologyField(find(TechnologyField.class, "select t from TechnologyField t where t.code = 'Y04'"));
		wuxi.addTechnologyField(find(TechnologyField.class, "select t from TechnologyField t where t.code = 'E03'"));
		entityManager.flush();
		entityManager.clear();

		CSVRecord row = parse(csv("/clusters.csv?region=yangtze-river-delta&sector=D35")).get(0);
		assertThat(row.toMap()).containsExactly(entry("Name", "Wuxi photovoltaic cluster"), entry("City", "Wuxi"),
				entry("Region", "Yangtze River Delta"), entry("Country", "China"),
				entry("Sectors",
						"C27 Manufacture of electrical equipment; "
								+ "D35 Electricity, gas, steam and air conditioning supply"),
				entry("Technology fields", "E03 Water supply; sewerage; "
						+ "Y04 Information or communication technologies having an impact on other technology areas"),
				entry("Website", "https://pv.example.cn/en?a=1,b=2"),
				entry("Sources", "Region and place: editorial classification, region inferred by the editors: "
						+ "Wuxi lies in Jiangsu, which section 3.1 counts to this region, though no source places "
						+ "the cluster in it; map place: the city centre\n"
						+ "Sectors: editorial classification, of the briefing's description; no source gives NACE codes\n"
						+ "Technology fields: source not recorded"));
		CSVRecord chongqing = parse(csv("/clusters.csv?sector=C29")).get(0);
		assertThat(chongqing.get("Region")).isEmpty();
		assertThat(chongqing.get("Technology fields")).isEmpty();
		assertThat(chongqing.get("Website")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "sector=C", "sector=C&sort=city,desc", "sort=name,desc", "sort=country,asc",
			"region=yangtze-river-delta&sector=J62", "sector=J&sort=city,asc", "region=pearl-river-delta&sector=D35",
			"sector=XYZ&sort=bogus", "country=china&field=Y04" })
	void hasTheSameRowsInTheSameOrderAsTheDirectory(String query) throws Exception {
		assertThat(names(parse(csv("/clusters.csv?" + query))))
			.containsExactlyElementsOf(ClusterDirectoryControllerTests.names(pages.html("/clusters?" + query)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "sort=name,desc", "sort=country,asc", "sort=country,desc", "sort=city,asc" })
	void hasTheSameRowsInTheSameOrderAsTheChineseDirectory(String query) throws Exception {
		Country japan = find(Country.class, "select c from Country c where c.slug = 'japan'");
		entityManager.persist(new Cluster("kansai-test-cluster", "Kansai test cluster", japan, null, "Osaka"));
		entityManager.flush();
		Document page = pages.html("/zh/clusters?" + query);
		page.select(".untranslated").remove();
		assertThat(CSVFormat.RFC4180.parse(new StringReader(csv("/zh/clusters.csv?" + query)))
			.stream()
			.skip(1)
			.map((row) -> row.get(0))).containsExactlyElementsOf(ClusterDirectoryControllerTests.names(page));
	}

	@Test
	void exportsEveryClusterThatMatchesNotOnlyOnePage() throws Exception {
		Country china = find(Country.class, "select c from Country c where c.slug = 'china'");
		Sector c29 = find(Sector.class, "select s from Sector s where s.code = 'C29'");
		for (int i = 1; i <= 30; i++) {
			Cluster cluster = new Cluster("csv-test-cluster-" + i, "CSV test cluster " + i, china, null, "Xi'an");
			cluster.addSector(c29);
			entityManager.persist(cluster);
		}
		entityManager.flush();
		entityManager.clear();

		List<String> exported = names(parse(csv("/clusters.csv?sector=C29&sort=city,desc")));
		assertThat(exported).hasSize(32);
		List<String> paged = new ArrayList<>(
				ClusterDirectoryControllerTests.names(pages.html("/clusters?sector=C29&sort=city,desc")));
		paged.addAll(ClusterDirectoryControllerTests.names(pages.html("/clusters?sector=C29&sort=city,desc&page=2")));
		assertThat(exported).containsExactlyElementsOf(paged);
	}

	@Test
	void keepsASpreadsheetFromReadingACellAsAFormula() throws Exception {
		Country china = find(Country.class, "select c from Country c where c.slug = 'china'");
		entityManager
			.persist(new Cluster("formula-cluster", "=HYPERLINK(\"http://evil.example\")", china, null, "@city"));
		entityManager.flush();

		CSVRecord row = parse(csv("/clusters.csv?sort=city,asc")).get(0);
		assertThat(row.get("Name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(row.get("City")).isEqualTo("'@city");
	}

	@Test
	void keepsASemicolonSpreadsheetFromComputingAnyCell() throws Exception {
		Country china = find(Country.class, "select c from Country c where c.slug = 'china'");
		entityManager.persist(new Cluster("semicolon-cluster", "Acme;=1+1;x", china, null, "Lyon;=cmd|' /C calc'!A0;"));
		entityManager
			.persist(new Cluster("fullwidth-cluster", "＝HYPERLINK(\"http://evil.example\")", china, null, "＠city"));
		entityManager.flush();

		String csv = csv("/clusters.csv?sort=city,asc");
		assertThat(SemicolonSpreadsheet.formulaCells(csv)).isEmpty();
		assertThat(parse(csv)).extracting((r) -> r.get("Name"), (r) -> r.get("City"))
			.contains(tuple("Acme;'=1+1;x", "Lyon;'=cmd|' /C calc'!A0;"),
					tuple("'＝HYPERLINK(\"http://evil.example\")", "'＠city"));
	}

	private String csv(String url) throws Exception {
		return csvResponse(url).getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse csvResponse(String url) throws Exception {
		entityManager.flush();
		entityManager.clear();
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<CSVRecord> parse(String bom) throws IOException {
		assertThat(bom).as("a UTF-8 byte order mark first").startsWith("\uFEFF");
		String csv = bom.substring(1);
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))) {
			assertThat(parser.getHeaderNames()).containsExactly("Name", "City", "Region", "Country", "Sectors",
					"Technology fields", "Website", "Sources");
			return parser.getRecords();
		}
	}

	private static List<String> names(List<CSVRecord> records) {
		return records.stream().map((r) -> r.get("Name")).toList();
	}

	private static Map.Entry<String, String> entry(String key, String value) {
		return Map.entry(key, value);
	}

	private <T> T find(Class<T> type, String query) {
		return entityManager.createQuery(query, type).getSingleResult();
	}

}
