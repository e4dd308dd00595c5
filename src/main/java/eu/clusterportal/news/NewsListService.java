package eu.clusterportal.news;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
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
 * The news list and the news items' pages. The list reads its parameters leniently, as
 * the cluster directory does: an unknown country, year or channel is left out (the page
 * says so), a page past the last shows the last.
 */
@Service
@Transactional(readOnly = true)
class NewsListService {

	static final String COUNTRY = "country";

	static final String YEAR = "year";

	static final String CHANNEL = "channel";

	/** The most years the year menu offers, newest first. */
	static final int MAX_YEARS = 30;

	private final NewsListRepository list;

	private final NewsItemRepository items;

	private final MarkdownRenderer markdown;

	private final MessageSource messages;

	private final Dates dates;

	NewsListService(NewsListRepository list, NewsItemRepository items, MarkdownRenderer markdown,
			MessageSource messages, Dates dates) {
		this.list = list;
		this.items = items;
		this.markdown = markdown;
		this.messages = messages;
		this.dates = dates;
	}

	/** The filter the URL parameters ask for, not yet checked. */
	static ListFilter filter(String country, String year, String channel, String text) {
		Map<String, String> requested = new LinkedHashMap<>();
		requested.put(COUNTRY, country);
		requested.put(YEAR, year);
		requested.put(CHANNEL, channel);
		return ListFilter.of(requested, SearchTerms.of(text).text());
	}

	/**
	 * One page of the list.
	 * @param path the list's URL, for its links
	 * @param page the page number as the URL gives it
	 */
	FilteredList<NewsRow> search(String path, ListFilter requested, String page, Language language) {
		FilterOptions options = options(language);
		ListFilter filter = options.known(requested);
		NewsQuery query = query(filter);
		Page<NewsRow> rows = PublicPage.find(PageNumber.index(page), Sort.unsorted(),
				(pageable) -> list.findPage(query, pageable, language));
		Page<NewsRow> shown = new PageImpl<>(rows.getContent().stream().map(this::plainSummary).toList(),
				rows.getPageable(), rows.getTotalElements());
		return FilteredList.of(path, shown, requested, filter, options, page);
	}

	/**
	 * A published news item with its summary as HTML; a draft or an unknown id is none.
	 */
	Optional<NewsArticle> find(String id, Language language) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return items.findById(Long.parseLong(id))
			.filter((item) -> item.getStatus() == PublicationStatus.PUBLISHED)
			.map((item) -> {
				LocalizedText summary = item.getTranslations().text("summary", item.getSummary(), language, false);
				return new NewsArticle(item, item.getTranslations().text("title", item.getTitle(), language, false),
						new LocalizedText(markdown.toHtml(summary.value()), summary.language(), summary.fallback()),
						CountryNames.text(item.getCountry(), language, false));
			});
	}

	private FilterOptions options(Language language) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, List<FilterOptions.Option>> menus = new LinkedHashMap<>();
		menus.put(COUNTRY, list.countries(language));
		menus.put(YEAR,
				list.years(MAX_YEARS)
					.stream()
					.map((y) -> new FilterOptions.Option(String.valueOf(y), dates.year(Year.of(y))))
					.toList());
		menus.put(CHANNEL,
				Stream.of(NewsChannel.values())
					.map((c) -> new FilterOptions.Option(c.name().toLowerCase(Locale.ROOT),
							messages.getMessage("news.channel." + c.name(), null, locale)))
					.toList());
		return new FilterOptions(menus);
	}

	private static NewsQuery query(ListFilter filter) {
		String year = filter.value(YEAR);
		String channel = filter.value(CHANNEL);
		return new NewsQuery(filter.value(COUNTRY), (year != null) ? Integer.valueOf(year) : null,
				(channel != null) ? NewsChannel.valueOf(channel.toUpperCase(Locale.ROOT)) : null, filter.text());
	}

	private NewsRow plainSummary(NewsRow row) {
		LocalizedText summary = (row.summary() != null)
				? new LocalizedText(markdown.toPlainText(row.summary().value()).strip(), row.summary().language(),
						row.summary().fallback())
				: null;
		return new NewsRow(row.id(), row.title(), summary, row.publishedOn(), row.channel(), row.countrySlug(),
				row.countryName());
	}

}
