package eu.clusterportal.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import eu.clusterportal.web.PortalBaseUrl;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /sitemap.xml} for search engines: every public page, in the sitemaps.org format.
 */
@Controller
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final List<String> LIST_PAGES = List.of("/", "/countries", "/clusters", "/partnerships", "/events");

	private static final Map<String, String> DETAIL_PATHS = Map.of("country", "/countries/{key}", "cluster",
			"/clusters/{key}", "partnership", "/partnerships/{key}", "sector", "/sectors/{key}", "technology-field",
			"/technology-fields/{key}");

	private final SitemapRepository pages;

	private final PortalBaseUrl baseUrl;

	SitemapController(SitemapRepository pages, PortalBaseUrl baseUrl) {
		this.pages = pages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		Stream<String> details = pages.findAll()
			.stream()
			.map((page) -> UriComponentsBuilder.fromPath(DETAIL_PATHS.get(page.kind()))
				.buildAndExpand(page.key())
				.encode()
				.toUriString());
		response.setContentType("application/xml;charset=UTF-8");
		OutputStream out = response.getOutputStream();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		for (String path : Stream.concat(LIST_PAGES.stream(), details).toList()) {
			xml.writeStartElement("url");
			xml.writeStartElement("loc");
			xml.writeCharacters(baseUrl.url(path));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

}
