package eu.clusterportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.web.PortalBaseUrl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Past the most addresses one sitemap file may list, the sitemap becomes an index of
 * files that together list every page once; the demo content is split by a lower limit.
 */
@PortalIntegrationTest
class SitemapIndexTests {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	SitemapRepository repository;

	@Autowired
	PortalBaseUrl baseUrl;

	@Test
	void aSitemapOverTheLimitIsAnIndexOfFilesThatListEveryPageOnce() throws Exception {
		List<String> whole = locations(sitemap(1_000_000, "/sitemap.xml"));
		assertThat(whole).hasSizeGreaterThan(20);

		Document index = sitemap(10, "/sitemap.xml");
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> parts = locations(index);
		assertThat(parts).hasSize((whole.size() + 9) / 10).startsWith("http://localhost:8080/sitemap-1.xml");

		List<String> listed = new ArrayList<>();
		for (String part : parts) {
			Document file = sitemap(10, part.substring("http://localhost:8080".length()));
			assertThat(file.getDocumentElement().getLocalName()).isEqualTo("urlset");
			assertThat(locations(file)).hasSizeLessThanOrEqualTo(10);
			listed.addAll(locations(file));
		}
		assertThat(listed).containsExactlyElementsOf(whole);
	}

	@Test
	void aPartThatDoesNotExistIsNotFound() throws Exception {
		MockMvc mvc = mvc(10);
		int parts = locations(sitemap(10, "/sitemap.xml")).size();
		mvc.perform(get("/sitemap-0.xml")).andExpect(status().isNotFound());
		mvc.perform(get("/sitemap-" + (parts + 1) + ".xml")).andExpect(status().isNotFound());
		mvc.perform(get("/sitemap-x.xml")).andExpect(status().isNotFound());
		mvc(1_000_000).perform(get("/sitemap-1.xml")).andExpect(status().isNotFound());
	}

	private Document sitemap(int urlsPerFile, String path) throws Exception {
		byte[] xml = mvc(urlsPerFile).perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private MockMvc mvc(int urlsPerFile) {
		return MockMvcBuilders.standaloneSetup(new SitemapController(repository, baseUrl, urlsPerFile)).build();
	}

	private static List<String> locations(Document xml) {
		NodeList locations = xml.getElementsByTagNameNS(NAMESPACE, "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locations.getLength(); i++) {
			urls.add(locations.item(i).getTextContent());
		}
		return urls;
	}

}
