package eu.clusterportal.news;

import java.time.ZoneOffset;
import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.web.AtomFeed;
import eu.clusterportal.web.AtomFeedView;
import eu.clusterportal.web.PortalBaseUrl;
import eu.clusterportal.web.TextParameter;
import eu.clusterportal.web.WebAddress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/** News as an Atom feed: all of it, or one country's ({@code ?country=china}). */
@Controller
class NewsFeedController {

	static final Limit FEED_SIZE = Limit.of(50);

	private final NewsItemRepository news;

	private final CountryRepository countries;

	private final MessageSource messages;

	private final PortalBaseUrl baseUrl;

	NewsFeedController(NewsItemRepository news, CountryRepository countries, MessageSource messages,
			PortalBaseUrl baseUrl) {
		this.news = news;
		this.countries = countries;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/news.atom")
	ModelAndView feed(@RequestParam(required = false) String country, Language language) {
		List<NewsItem> items;
		String title;
		String page;
		UriComponentsBuilder self = UriComponentsBuilder.fromPath("/news.atom");
		if (country == null || country.isBlank()) {
			items = news.findByStatusOrderByPublishedOnDescTitleAsc(PublicationStatus.PUBLISHED, FEED_SIZE);
			title = message("news.feed.title");
			page = "/news";
		}
		else {
			Country known = TextParameter.find(country, countries::findBySlug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country " + country));
			items = news.findByCountrySlugAndStatusOrderByPublishedOnDescTitleAsc(known.getSlug(),
					PublicationStatus.PUBLISHED, FEED_SIZE);
			title = message("news.feed.country-title",
					known.getTranslations().text("name", known.getName(), language, false).value());
			page = UriComponentsBuilder.fromPath("/news")
				.queryParam("country", known.getSlug())
				.build()
				.encode()
				.toUriString();
			self.queryParam("country", known.getSlug());
		}
		List<AtomFeed.Entry> entries = items.stream().map((item) -> entry(item, language)).toList();
		return new ModelAndView(new AtomFeedView(), AtomFeedView.MODEL_ATTRIBUTE,
				new AtomFeed(baseUrl.url(language, self.build().encode().toUriString()), title, message("site.name"),
						baseUrl.url(language, page), entries));
	}

	/** An item in the feed's language where translated; its address is its page's. */
	private AtomFeed.Entry entry(NewsItem item, Language language) {
		String page = baseUrl.url(language, "/news/" + item.getId());
		Translations translations = item.getTranslations();
		String summary = (item.getSummary() != null)
				? translations.text("summary", item.getSummary(), language, false).value() : null;
		return new AtomFeed.Entry(page, translations.text("title", item.getTitle(), language, false).value(),
				WebAddress.orElse(item.getUrl(), page), item.getPublishedOn().atStartOfDay().toInstant(ZoneOffset.UTC),
				summary);
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
