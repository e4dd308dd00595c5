package eu.clusterportal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import eu.clusterportal.content.Document;
import eu.clusterportal.content.DocumentDetails;
import eu.clusterportal.content.DocumentFile;
import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;
import jakarta.persistence.EntityManager;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.InputSource;

@PortalIntegrationTest
@Transactional
class DocumentLibraryTests {

	// The demo content's two documents about China, which have no date and so come last,
	// the one added last first.
	static final List<String> DEMO = List.of("Discussion paper", "Preparatory Briefing on China");

	@Autowired
	MockMvc mvc;

	@Autowired
	WebPages pages;

	@Autowired
	EntityManager entityManager;

	Document study;

	@BeforeEach
	void addDocuments() {
		Country china = country("china");
		Country japan = country("japan");
		DocumentFile file = new DocumentFile("battery-study.pdf", "application/pdf", 1_300_000, "ab".repeat(32));
		entityManager.persist(file);
		study = document(china, DocumentKind.STUDY, "Battery value chains in China",
				new PublicationDate(LocalDate.of(2021, 6, 15), null), "How **lithium** suppliers cluster.", null, file,
				PublicationStatus.PUBLISHED);
		document(japan, DocumentKind.POLICY_DOCUMENT, "Japan cluster policy", new PublicationDate(null, Year.of(2022)),
				"Policy for regional clusters.", "https://example.org/japan-policy", null, PublicationStatus.PUBLISHED);
		document(china, DocumentKind.BRIEFING, "Draft briefing not to be seen",
				new PublicationDate(LocalDate.of(2023, 1, 1), null), null, null, null, PublicationStatus.DRAFT);
		entityManager.flush();
	}

	@Test
	void listsThePublishedDocumentsNewestFirstWithoutDrafts() throws Exception {
		org.jsoup.nodes.Document page = pages.html("/documents");
		assertThat(titles(page)).containsExactly("Japan cluster policy", "Battery value chains in China", DEMO.get(0),
				DEMO.get(1));
		assertThat(page.select("main").text()).doesNotContain("Draft briefing not to be seen");
	}

	@Test
	void showsEachDocumentsDownloadWithItsSizeOrItsLinkAndItsDate() throws Exception {
		org.jsoup.nodes.Document page = pages.html("/documents");
		Element studyItem = page.selectFirst("#document-" + study.getId());
		assertThat(studyItem.select("a[type=application/pdf]").attr("href"))
			.isEqualTo("/documents/" + study.getId() + "/battery-study.pdf");
		assertThat(studyItem.select("a[type=application/pdf]").text())
			.isEqualTo("Download \u201cBattery value chains in China\u201d (PDF, 1.2 MB)");
		assertThat(studyItem.select("time").attr("datetime")).isEqualTo("2021-06-15");
		assertThat(studyItem.select(".meta").text()).contains("Study", "China", "15 June 2021");
		assertThat(studyItem.select("p:not(.meta)").first().text()).isEqualTo("How lithium suppliers cluster.");

		Element japanItem = page.select(".results .item-list > li").get(0);
		assertThat(japanItem.select("h3 a").attr("href")).isEqualTo("https://example.org/japan-policy");
		assertThat(japanItem.select("time").text()).isEqualTo("2022");
	}

	@Test
	void eachFilterNarrowsTheList() throws Exception {
		assertThat(titles(pages.html("/documents?country=japan"))).containsExactly("Japan cluster policy");
		assertThat(titles(pages.html("/documents?type=study"))).containsExactly("Battery value chains in China");
		assertThat(titles(pages.html("/documents?type=discussion-paper"))).containsExactly(DEMO.get(0));
		assertThat(titles(pages.html("/documents?year=2022"))).containsExactly("Japan cluster policy");
		assertThat(titles(pages.html("/documents?country=china&year=2021")))
			.containsExactly("Battery value chains in China");
	}

	@Test
	void offersOnlyTheCountriesAndYearsThatHaveDocuments() throws Exception {
		org.jsoup.nodes.Document page = pages.html("/documents");
		assertThat(page.select("#filter-country option").eachAttr("value")).containsExactly("", "china", "japan");
		assertThat(page.select("#filter-year option").eachAttr("value")).containsExactly("", "2022", "2021");
		assertThat(page.select("#filter-type option").eachAttr("value")).containsExactly("", "briefing",
				"discussion-paper", "study", "policy-document");
	}

	@Test
	void searchesTheTitlesAndTheDescriptions() throws Exception {
		assertThat(titles(pages.html("/documents?q=lithium"))).containsExactly("Battery value chains in China");
		assertThat(titles(pages.html("/documents?q=regional"))).containsExactly("Japan cluster policy");
		assertThat(titles(pages.html("/documents?q=battery&country=japan"))).isEmpty();
	}

	@Test
	void pagesTwentyAtATime() throws Exception {
		Country china = country("china");
		for (int year = 1990; year < 2010; year++) {
			document(china, DocumentKind.STUDY, "Study of " + year, new PublicationDate(null, Year.of(year)), null,
					null, null, PublicationStatus.PUBLISHED);
		}
		entityManager.flush();
		org.jsoup.nodes.Document first = pages.html("/documents?type=study");
		assertThat(titles(first)).hasSize(20).startsWith("Battery value chains in China").endsWith("Study of 1991");
		assertThat(first.select("#results-heading").text()).isEqualTo("21 documents");
		assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo("/documents?type=study&page=2");
		assertThat(titles(pages.html("/documents?type=study&page=2"))).containsExactly("Study of 1990");
	}

	@ParameterizedTest
	@ValueSource(strings = { "country=narnia", "type=novel", "year=abc", "year=1850", "page=abc", "page=7" })
	void answersBadParametersWithTheWholeListAndSaysWhat(String parameter) throws Exception {
		org.jsoup.nodes.Document page = pages.html("/documents?" + parameter);
		assertThat(titles(page)).containsExactly("Japan cluster policy", "Battery value chains in China", DEMO.get(0),
				DEMO.get(1));
		assertThat(page.select(".notices li").text()).as(parameter).isNotEmpty();
	}

	@Test
	void offersTheFilteredListAsAnAtomFeed() throws Exception {
		org.jsoup.nodes.Document page = pages.html("/documents?country=china");
		assertThat(page.select(".feed-links a[type=application/atom+xml]").attr("href"))
			.isEqualTo("/documents.atom?country=china");
		String xml = mvc.perform(get("/documents.atom?country=china"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Feed feed = (Feed) new WireFeedInput(true, Locale.ROOT).build(new InputSource(new StringReader(xml)));
		assertThat(feed.getEntries()).extracting(Entry::getTitle)
			.containsExactly("Battery value chains in China", DEMO.get(0), DEMO.get(1));
		assertThat(feed.getEntries().get(0).getAlternateLinks()).extracting(Link::getHref)
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.endsWith("/documents/" + study.getId() + "/battery-study.pdf");
	}

	private static List<String> titles(org.jsoup.nodes.Document page) {
		return page.select(".results .item-list > li h3").stream().map(Element::text).toList();
	}

	private Document document(Country country, DocumentKind kind, String title, PublicationDate published,
			String summary, String url, DocumentFile file, PublicationStatus status) {
		Document document = new Document(
				new DocumentDetails(country, kind, title, published, summary, url, file, status));
		entityManager.persist(document);
		return document;
	}

	private Country country(String slug) {
		return entityManager.createQuery("select c from Country c where c.slug = :slug", Country.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

}
