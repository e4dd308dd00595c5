package eu.clusterportal.documents;

import java.util.List;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.AtomFeed;
import eu.clusterportal.web.AtomFeedView;
import eu.clusterportal.web.FilteredList;
import eu.clusterportal.web.PortalBaseUrl;
import eu.clusterportal.web.WebAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The document library ({@code /documents}), filtered by country, type and year and
 * searched by words, and the same list as an Atom feed ({@code /documents.atom}).
 * Parameters are read as text, so that no value, however odd, leads to an error page.
 */
@Controller
class DocumentLibraryController {

	static final String VIEW = "documents/list";

	/** The most documents the feed holds. */
	static final int FEED_SIZE = 50;

	private final DocumentLibraryService library;

	private final MessageSource messages;

	private final PortalBaseUrl baseUrl;

	DocumentLibraryController(DocumentLibraryService library, MessageSource messages, PortalBaseUrl baseUrl) {
		this.library = library;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/documents")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, HttpServletRequest request, HttpServletResponse response,
			Language language, Model model) {
		FilteredList<DocumentRow> documents = library.search(request.getContextPath() + "/documents",
				DocumentLibraryService.filter(country, type, year, q), page, language);
		String feed = documents.filter()
			.addTo(UriComponentsBuilder.fromPath(request.getContextPath() + "/documents.atom"))
			.build()
			.toUriString();
		response.addHeader(HttpHeaders.LINK, "<" + feed + ">; rel=\"alternate\"; type=\"application/atom+xml\"");
		model.addAttribute("documents", documents);
		model.addAttribute("feedHref", feed);
		return VIEW;
	}

	@GetMapping("/documents.atom")
	ModelAndView feed(@RequestParam(required = false) String country, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String q, Language language) {
		DocumentLibraryService.Feed feed = library.feed(DocumentLibraryService.filter(country, type, year, q),
				FEED_SIZE, language);
		List<AtomFeed.Entry> entries = feed.documents()
			.stream()
			.map((d) -> new AtomFeed.Entry(baseUrl.url(language, "/documents#document-" + d.id()), d.title().value(),
					link(d, language), d.changed(), (d.summary() != null) ? d.summary().value() : null))
			.toList();
		String self = feed.filter().addTo(UriComponentsBuilder.fromPath("/documents.atom")).build().toUriString();
		String page = feed.filter().addTo(UriComponentsBuilder.fromPath("/documents")).build().toUriString();
		return new ModelAndView(new AtomFeedView(), AtomFeedView.MODEL_ATTRIBUTE,
				new AtomFeed(baseUrl.url(language, self), message("documents.library.feed.title"), message("site.name"),
						baseUrl.url(language, page), entries));
	}

	// The PDF when there is one (one address in every language), else the address where
	// it can be read, else the library.
	private String link(DocumentRow document, Language language) {
		if (document.downloadPath() != null) {
			return baseUrl.url(document.downloadPath());
		}
		return WebAddress.orElse(document.url(), baseUrl.url(language, "/documents#document-" + document.id()));
	}

	private String message(String code) {
		return messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
