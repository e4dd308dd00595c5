package eu.clusterportal.documents;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.search.SearchTerms;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.web.Dates;
import eu.clusterportal.web.FilterOptions;
import eu.clusterportal.web.FilteredList;
import eu.clusterportal.web.ListFilter;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.PublicPage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document library and its feed. Parameters are read leniently, as the cluster
 * directory does: an unknown country, type or year is left out (the page says so), a page
 * past the last shows the last.
 */
@Service
@Transactional(readOnly = true)
class DocumentLibraryService {

	static final String COUNTRY = "country";

	static final String TYPE = "type";

	static final String YEAR = "year";

	/** The most years the year menu offers, newest first. */
	static final int MAX_YEARS = 30;

	private final DocumentLibraryRepository library;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	private final Dates dates;

	DocumentLibraryService(DocumentLibraryRepository library, MarkdownRenderer markdown, MessageSource messages,
			Dates dates) {
		this.library = library;
		this.markdown = markdown;
		this.messages = messages;
		this.dates = dates;
	}

	/** The filter the URL parameters ask for, not yet checked. */
	static ListFilter filter(String country, String type, String year, String text) {
		Map<String, String> requested = new LinkedHashMap<>();
		requested.put(COUNTRY, country);
		requested.put(TYPE, type);
		requested.put(YEAR, year);
		return ListFilter.of(requested, SearchTerms.of(text).text());
	}

	/** A type of document as the {@code type} parameter carries it, such as "study". */
	static String typeParameter(DocumentKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * One page of the library.
	 * @param path the library's URL, for its links
	 * @param page the page number as the URL gives it
	 */
	FilteredList<DocumentRow> search(String path, ListFilter requested, String page, Language language) {
		FilterOptions options = options(language);
		ListFilter filter = options.known(requested);
		DocumentQuery query = query(filter);
		Page<DocumentRow> rows = PublicPage.find(PageNumber.index(page), Sort.unsorted(),
				(pageable) -> library.findPage(query, pageable, language));
		return FilteredList.of(path, new PageImpl<>(rows.getContent().stream().map(this::plainSummary).toList(),
				rows.getPageable(), rows.getTotalElements()), requested, filter, options, page);
	}

	/**
	 * The newest documents the filter asks for, its unknown values left out, with the
	 * filter applied.
	 */
	Feed feed(ListFilter requested, int limit, Language language) {
		ListFilter filter = options(language).known(requested);
		return new Feed(filter,
				library.findNewest(query(filter), limit, language).stream().map(this::plainSummary).toList());
	}

	/** A feed's documents and the filter they match. */
	record Feed(ListFilter filter, List<DocumentRow> documents) {
	}

	private FilterOptions options(Language language) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, List<FilterOptions.Option>> menus = new LinkedHashMap<>();
		menus.put(COUNTRY, library.countries(language));
		menus.put(TYPE,
				Stream.of(DocumentKind.values())
					.map((k) -> new FilterOptions.Option(typeParameter(k),
							messages.getMessage("documents.kind." + k.name(), null, locale)))
					.toList());
		menus.put(YEAR,
				library.years(MAX_YEARS)
					.stream()
					.map((y) -> new FilterOptions.Option(String.valueOf(y), dates.year(Year.of(y))))
					.toList());
		return new FilterOptions(menus);
	}

	private static DocumentQuery query(ListFilter filter) {
		String type = filter.value(TYPE);
		String year = filter.value(YEAR);
		return new DocumentQuery(filter.value(COUNTRY),
				(type != null) ? DocumentKind.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_')) : null,
				(year != null) ? Integer.valueOf(year) : null, filter.text());
	}

	private DocumentRow plainSummary(DocumentRow row) {
		LocalizedText summary = (row.summary() != null)
				? new LocalizedText(markdown.toPlainText(row.summary().value()).strip(), row.summary().language(),
						row.summary().fallback())
				: null;
		return new DocumentRow(row.id(), row.title(), summary, row.kind(), row.published(), row.url(), row.fileName(),
				row.size(), row.countrySlug(), row.countryName(), row.changed());
	}

}
