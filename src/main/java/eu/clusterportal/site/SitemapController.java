package eu.clusterportal.site;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.PortalBaseUrl;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /sitemap.xml} for search engines: every public page, the statements included, in
 * the sitemaps.org format, in each language, every address with its versions in the other
 * languages ({@code xhtml:link} alternates, English the default). A sitemap file may list
 * at most 50 000 addresses; past that, {@code /sitemap.xml} is a sitemap index of the
 * files {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, ...
 */
@Controller
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML = "http://www.w3.org/1999/xhtml";

	/** Each page is listed once per language. */
	private static final List<Language> LANGUAGES = List.of(Language.values());

	private static final List<String> LIST_PAGES = List.of("/", "/countries", "/clusters", "/partnerships",
			"/organisations", "/cooperation", "/events", "/news", "/documents", "/accessibility", "/privacy",
			"/cookies", "/legal-notice");

	private static final Map<String, String> DETAIL_PATHS = Map.of("country", "/countries/{key}", "cluster",
			"/clusters/{key}", "partnership", "/partnerships/{key}", "sector", "/sectors/{key}", "technology-field",
			"/technology-fields/{key}", "news", "/news/{key}", "organisation", "/organisations/{key}", "request",
			"/cooperation/{key}");

	private final SitemapRepository pages;

	private final PortalBaseUrl baseUrl;

	private final int urlsPerFile;

	SitemapController(SitemapRepository pages, PortalBaseUrl baseUrl,
			@Value("${portal.sitemap.urls-per-file:50000}") int urlsPerFile) {
		this.pages = pages;
		this.baseUrl = baseUrl;
		this.urlsPerFile = urlsPerFile;
	}

	@GetMapping("/sitemap.xml")
	void sitemap(HttpServletResponse response) throws IOException, XMLStreamException {
		long urls = LIST_PAGES.size() + pages.count();
		if (urls <= pagesPerFile()) {
			writeUrls(response, 0, urls);
			return;
		}
		XMLStreamWriter xml = start(response, "sitemapindex");
		for (long part = 1; part <= parts(urls); part++) {
			xml.writeStartElement("sitemap");
			xml.writeStartElement("loc");
			xml.writeCharacters(baseUrl.url("/sitemap-" + part + ".xml"));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		end(xml);
	}

	@GetMapping("/sitemap-{part}.xml")
	void part(@PathVariable String part, HttpServletResponse response) throws IOException, XMLStreamException {
		long urls = LIST_PAGES.size() + pages.count();
		long number = (part.matches("[1-9][0-9]{0,8}")) ? Long.parseLong(part) : 0;
		if (urls <= pagesPerFile() || number > parts(urls) || number < 1) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No sitemap part " + part);
		}
		long from = (number - 1) * pagesPerFile();
		writeUrls(response, from, Math.min(from + pagesPerFile(), urls));
	}

	/** The pages one file lists, each in every language. */
	private long pagesPerFile() {
		return Math.max(urlsPerFile / LANGUAGES.size(), 1);
	}

	private long parts(long pages) {
		return (pages + pagesPerFile() - 1) / pagesPerFile();
	}

	/**
	 * Writes the pages from position {@code from} up to {@code to}: the list pages first,
	 * then the detail pages.
	 */
	private void writeUrls(HttpServletResponse response, long from, long to) throws IOException, XMLStreamException {
		XMLStreamWriter xml = start(response, "urlset");
		for (long i = from; i < Math.min(to, LIST_PAGES.size()); i++) {
			writeUrl(xml, LIST_PAGES.get((int) i));
		}
		long detailsFrom = Math.max(from - LIST_PAGES.size(), 0);
		long detailsTo = to - LIST_PAGES.size();
		if (detailsTo > detailsFrom) {
			pages.forEach(detailsFrom, detailsTo - detailsFrom, (page) -> {
				try {
					writeUrl(xml,
							UriComponentsBuilder.fromPath(DETAIL_PATHS.get(page.kind()))
								.buildAndExpand(page.key())
								.encode()
								.toUriString());
				}
				catch (XMLStreamException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		end(xml);
	}

	/** Writes the page's address in each language, each naming all of them. */
	private void writeUrl(XMLStreamWriter xml, String path) throws XMLStreamException {
		for (Language language : LANGUAGES) {
			xml.writeStartElement("url");
			xml.writeStartElement("loc");
			xml.writeCharacters(baseUrl.url(language.pathPrefix() + path));
			xml.writeEndElement();
			for (Language alternate : LANGUAGES) {
				writeAlternate(xml, alternate.tag(), alternate.pathPrefix() + path);
			}
			writeAlternate(xml, "x-default", Language.ORIGINAL.pathPrefix() + path);
			xml.writeEndElement();
		}
	}

	private void writeAlternate(XMLStreamWriter xml, String hreflang, String path) throws XMLStreamException {
		xml.writeEmptyElement("xhtml", "link", XHTML);
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", hreflang);
		xml.writeAttribute("href", baseUrl.url(path));
	}

	private static XMLStreamWriter start(HttpServletResponse response, String root)
			throws IOException, XMLStreamException {
		response.setContentType("application/xml;charset=UTF-8");
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getOutputStream(), "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement(root);
		xml.writeDefaultNamespace(NAMESPACE);
		if (root.equals("urlset")) {
			xml.writeNamespace("xhtml", XHTML);
		}
		return xml;
	}

	private static void end(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

}
