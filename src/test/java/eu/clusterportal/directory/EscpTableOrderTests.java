package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ESCP-4i table is ordered as on the original country page, by SMEs involved from the
 * fewest, unknown counts last and ties by acronym, and the original's sort links lead to
 * the same order here.
 */
@PortalIntegrationTest
class EscpTableOrderTests {

	private static final List<String> SMES_ASCENDING = List.of("MAGIA2Market", "NF4", "GIVE", "EnW", "eT4S", "AdPack²",
			"DIA", "EC2i", "ELBE", "FoodNet", "MobiGoIn-Action", "SPACE2IDGO");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@ParameterizedTest
	@ValueSource(strings = { "/countries/china", "/partnerships?country=china" })
	void theTableIsOrderedBySmesFromTheFewestWithUnknownCountsLast(String url) throws Exception {
		Document page = pages.html(url);
		assertThat(page.select("table:has(th[aria-sort]) tbody th[scope=row]").eachText())
			.containsExactlyElementsOf(SMES_ASCENDING);
		assertThat(page.select("th[aria-sort]")).singleElement()
			.satisfies((th) -> assertThat(th.text()).startsWith("No. of SMEs involved"))
			.satisfies((th) -> assertThat(th.attr("aria-sort")).isEqualTo("ascending"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			order=field_escp_sme&sort=asc          | sort=smes,asc
			order=field_escp_sme&sort=desc         | sort=smes,desc
			order=field_escp_partners&sort=asc     | sort=partners,asc
			order=field_escp_partners&sort=desc    | sort=partners,desc
			order=field_escp_acronym&sort=asc      | sort=acronym,asc
			order=field_escp_acronym&sort=desc     | sort=acronym,desc
			order=title&sort=asc                   | sort=name,asc
			order=title&sort=desc                  | sort=name,desc
			order=field_escp_sme                   | sort=smes,asc
			order=FIELD_ESCP_SME&sort=DESC         | sort=smes,desc
			sort=desc&order=field_escp_partners    | sort=partners,desc
			order=field_escp_unknown&sort=desc     | sort=smes,asc
			order=&sort=asc                        | sort=smes,asc
			""")
	void theOriginalsSortLinksRedirectPermanentlyToTheSameOrder(String original, String portal) throws Exception {
		mvc.perform(get("/countries/china?" + original))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/countries/china?" + portal));
		mvc.perform(get("/partnerships?" + original))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/partnerships?" + portal));
	}

	@Test
	void aRedirectKeepsTheOtherParameters() throws Exception {
		mvc.perform(get(
				URI.create("/countries/china?clusters=sector&order=field_escp_sme&sort=desc&utm_source=eccp%20news")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location",
					"/countries/china?clusters=sector&utm_source=eccp%20news&sort=smes,desc"));
		mvc.perform(get("/partnerships?country=china&page=2&order=field_escp_partners&sort=asc"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/partnerships?country=china&page=2&sort=partners,asc"));
	}

	@Test
	void aRedirectNeverLeadsToAnotherHost() {
		assertThat(OriginalSortLinks.portalAddress("//evil.example/countries/china", "order=title"))
			.isEqualTo("/evil.example/countries/china?sort=name,asc");
	}

	@Test
	void theRedirectedAddressShowsTheOrderAsked() throws Exception {
		String location = mvc.perform(get("/countries/china?order=field_escp_sme&sort=desc"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(pages.html(location).select("#partnerships tbody th[scope=row]").eachText()).startsWith("eT4S",
				"EnW", "GIVE", "NF4", "MAGIA2Market");
	}

}
