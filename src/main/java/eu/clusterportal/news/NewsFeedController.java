package eu.clusterportal.news;

import java.time.ZoneOffset;
import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.system.AtomFeed;
import eu.clusterportal.system.AtomFeedView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** News as an Atom feed: all of it, or one country's ({@code ?country=china}). */
@Controller
class NewsFeedController {

	static final Limit FEED_SIZE = Limit.of(50);

	private final NewsItemRepository news;

	private final CountryRepository countries;

	private final MessageSource messages;

	NewsFeedController(NewsItemRepository news, CountryRepository countries, MessageSource messages) {
		this.news = news;
		this.countries = countries;
		this.messages = messages;
	}

	@GetMapping("/news.atom")
	ModelAndView feed(@RequestParam(required = false) String country) {
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		List<NewsItem> items;
		String title;
		String page;
		if (country == null || country.isBlank()) {
			items = news.findByStatusOrderByPublishedOnDescTitleAsc(PublicationStatus.PUBLISHED, FEED_SIZE);
			title = message("news.feed.title");
			page = site + "/countries";
		}
		else {
			String name = countries.findBySlug(country)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country " + country))
				.getName();
			items = news.findByCountrySlugAndStatusOrderByPublishedOnDescTitleAsc(country, PublicationStatus.PUBLISHED,
					FEED_SIZE);
			title = message("news.feed.country-title", name);
			page = site + "/countries/" + country + "#news";
		}
		List<AtomFeed.Entry> entries = items.stream()
			.map((item) -> new AtomFeed.Entry(site + "/news/" + item.getId(), item.getTitle(),
					(item.getUrl() != null) ? item.getUrl() : site + "/countries/" + item.getCountry().getSlug() + "#news",
					item.getPublishedOn().atStartOfDay().toInstant(ZoneOffset.UTC), item.getSummary()))
			.toList();
		String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
		return new ModelAndView(new AtomFeedView(), AtomFeedView.MODEL_ATTRIBUTE,
				new AtomFeed(self, title, page, entries));
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
