package eu.clusterportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import eu.clusterportal.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.NodeList;

@PortalIntegrationTest
class SitemapAndMetadataTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSitemapListsEveryPublicPage() throws Exception {
		byte[] xml = mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		NodeList locations = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml))
			.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < locations.getLength(); i++) {
			urls.add(locations.item(i).getTextContent());
		}
		assertThat(urls).contains("http://localhost:8080/", "http://localhost:8080/countries/china",
				"http://localhost:8080/countries/japan", "http://localhost:8080/clusters/zhongguancun-science-park",
				"http://localhost:8080/partnerships/AdPack%C2%B2", "http://localhost:8080/sectors/C29",
				"http://localhost:8080/technology-fields/A61", "http://localhost:8080/events",
				"http://localhost:8080/accessibility", "http://localhost:8080/privacy", "http://localhost:8080/cookies",
				"http://localhost:8080/legal-notice");
		assertThat(urls).doesNotHaveDuplicates();
	}

	@Test
	void aSortedCountryPageNamesItsPlainAddressAsCanonicalAndDescribesItself() throws Exception {
		Document page = Jsoup
			.parse(mvc.perform(get("/countries/china?sort=smes,desc")).andReturn().getResponse().getContentAsString());
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080/countries/china");
		assertThat(page.select("meta[name=description]").attr("content"))
			.startsWith("China is home to an important cluster community.");
		assertThat(page.title()).isEqualTo("China · EU–China Cluster Portal");
	}

}
