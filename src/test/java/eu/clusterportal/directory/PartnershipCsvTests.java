package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.partnership.Partnership;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@PortalIntegrationTest
class PartnershipCsvTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Test
	void downloadsAsAUtf8CsvAttachment() throws Exception {
		mvc.perform(get("/partnerships.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"partnerships.csv\""));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "", "sort=smes,desc", "sector=J&sort=acronym,desc", "country=united-states&sort=partners,asc",
					"sector=C&field=&sort=name,desc", "country=brazil&sector=J", "sector=bogus&sort=bogus" })
	void hasTheSameRowsInTheSameOrderAsThePage(String query) throws Exception {
		String html = mvc.perform(get("/partnerships?" + query)).andReturn().getResponse().getContentAsString();
		List<String> pageAcronyms = PartnershipDirectoryTests.acronyms(Jsoup.parse(html));
		assertThat(records("/partnerships.csv?" + query).stream().map((r) -> r.get("Acronym")))
			.containsExactlyElementsOf(pageAcronyms);
	}

	@Test
	void writesEveryColumnAndLeavesUnknownFiguresEmpty() throws Exception {
		List<CSVRecord> records = records("/partnerships.csv?country=japan&sort=smes,desc");
		assertThat(records).singleElement().satisfies((magia) -> {
			assertThat(magia.toList()).containsExactly("MAGIA2Market", "MAGIA2Market",
					"A61 Medical or veterinary science; hygiene", "Q86 Human health activities",
					"China\nJapan\nUnited States", "560", "4",
					"Name and description: editorial classification, description written by the editors from the "
							+ "ESCP-4i table of the ECCP country page\n"
							+ "SME and partner counts: ECCP country page, ESCP-4i table\n"
							+ "Technology fields: ECCP country page, ESCP-4i table, which gives only the class "
							+ "description (“Medical or veterinary science; hygiene”); the code A61 completed by the "
							+ "editors from the patent classification\n" + "Sectors: ECCP country page, ESCP-4i table\n"
							+ "Targeted third countries: ECCP country page, ESCP-4i table");
		});
		CSVRecord dia = records("/partnerships.csv?sector=J").get(0);
		assertThat(dia.get("Acronym")).isEqualTo("DIA");
		assertThat(dia.get("SMEs involved")).isEmpty();
		assertThat(dia.get("Partners")).isEmpty();
	}

	@Test
	void saysWhereEveryClassificationAndTargetListComesFromAsThePagesDo() throws Exception {
		CSVRecord dia = records("/partnerships.csv?sector=J").get(0);
		assertThat(dia.get("Sources").lines()).containsExactly(
				"Name and description: editorial classification, description written by the editors from the "
						+ "briefing's section 4.1, which gives the name, acronym and sector",
				"Sectors: editorial classification, of the sector the briefing names in words (section 4.1)",
				"Targeted third countries: Preparatory Briefing, section 4.1: targets China; other targets not stated");
	}

	@Test
	@Transactional
	void keepsASpreadsheetFromReadingACellAsAFormula() throws Exception {
		entityManager.persist(new Partnership("@SUM(1+1)", "-2+3", null, null));
		entityManager.persist(new Partnership("+CMD", "=HYPERLINK(\"http://evil.example\")", null, null));
		entityManager.flush();

		List<CSVRecord> records = records("/partnerships.csv?sort=acronym,asc");
		assertThat(records).filteredOn((r) -> r.get("Acronym").equals("'@SUM(1+1)"))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("Name")).isEqualTo("'-2+3"));
		assertThat(records).filteredOn((r) -> r.get("Acronym").equals("'+CMD"))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("Name")).isEqualTo("'=HYPERLINK(\"http://evil.example\")"));
	}

	@Test
	@Transactional
	void keepsASemicolonSpreadsheetFromComputingAnyCell() throws Exception {
		entityManager.persist(new Partnership("ACME;=1+1", "Acme;=cmd|' /C calc'!A0;\n＋1", null, null));
		entityManager.flush();

		byte[] csv = mvc.perform(get("/partnerships.csv")).andReturn().getResponse().getContentAsByteArray();
		assertThat(SemicolonSpreadsheet.formulaCells(new String(csv, StandardCharsets.UTF_8))).isEmpty();
		assertThat(records("/partnerships.csv")).filteredOn((r) -> r.get("Acronym").equals("ACME;'=1+1"))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("Name")).isEqualTo("Acme;'=cmd|' /C calc'!A0;\n'＋1"));
	}

	@Test
	void namesTheTargetCountriesOfAChineseExportAsTheChinesePageDoesInPinyinOrder() throws Exception {
		String csv = new String(mvc.perform(get("/zh/partnerships.csv?country=japan"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setSkipHeaderRecord(true)
			.setHeader()
			.get()
			.parse(new StringReader(csv.substring(1)))) {
			assertThat(parser.getRecords()).singleElement()
				.satisfies((magia) -> assertThat(magia.get(4)).isEqualTo("美国\n日本\n中国"));
		}
	}

	private List<CSVRecord> records(String url) throws Exception {
		byte[] body = mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).as("a UTF-8 byte order mark first").startsWith("\uFEFF");
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = format.parse(new StringReader(csv.substring(1)))) {
			assertThat(parser.getHeaderNames()).containsExactly("Acronym", "Name", "Technology fields",
					"Sectoral industries", "Targeted third countries", "SMEs involved", "Partners", "Sources");
			return parser.getRecords();
		}
	}

}
