package eu.clusterportal.requests;

import java.util.List;

import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.AtomFeed;
import eu.clusterportal.web.AtomFeedView;
import eu.clusterportal.web.PortalBaseUrl;
import eu.clusterportal.web.TextParameter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The newest open partner requests as an Atom feed: all of them, or those targeting one
 * country ({@code ?country=china}).
 */
@Controller
class CooperationFeedController {

	private final PartnerRequestFeed feed;

	private final CountryRepository countries;

	private final MessageSource messages;

	private final PortalBaseUrl baseUrl;

	CooperationFeedController(PartnerRequestFeed feed, CountryRepository countries, MessageSource messages,
			PortalBaseUrl baseUrl) {
		this.feed = feed;
		this.countries = countries;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/cooperation/feed")
	ModelAndView feed(@RequestParam(required = false) String country, Language language) {
		UriComponentsBuilder self = UriComponentsBuilder.fromPath("/cooperation/feed");
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/cooperation");
		String title;
		String slug = null;
		if (country == null || country.isBlank()) {
			title = message("cooperation.feed.title");
		}
		else {
			Country known = TextParameter.find(country, countries::findBySlug)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country " + country));
			slug = known.getSlug();
			title = message("cooperation.feed.country-title", CountryNames.text(known, language, false).value());
			self.queryParam("country", slug);
			page.queryParam("country", slug);
		}
		List<AtomFeed.Entry> entries = feed.newest(slug, language)
			.stream()
			.map((entry) -> new AtomFeed.Entry(baseUrl.url(language, "/cooperation/" + entry.id()), entry.title(),
					baseUrl.url(language, "/cooperation/" + entry.id()), entry.updated(), entry.summary()))
			.toList();
		return new ModelAndView(new AtomFeedView(), AtomFeedView.MODEL_ATTRIBUTE,
				new AtomFeed(baseUrl.url(language, self.build().encode().toUriString()), title, message("site.name"),
						baseUrl.url(language, page.build().encode().toUriString()), entries));
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
