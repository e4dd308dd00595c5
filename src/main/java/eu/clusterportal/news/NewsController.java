package eu.clusterportal.news;

import java.util.Optional;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.FilteredList;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The news list ({@code /news}), filtered by country, year and channel and searched by
 * words, and each news item's page ({@code /news/{id}}). Parameters are read as text, so
 * that no value, however odd, leads to an error page.
 */
@Controller
class NewsController {

	static final String LIST_VIEW = "news/list";

	static final String ITEM_VIEW = "news/show";

	private final NewsListService news;

	NewsController(NewsListService news) {
		this.news = news;
	}

	@GetMapping("/news")
	String list(@RequestParam(required = false) String country, @RequestParam(required = false) String year,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String q,
			@RequestParam(required = false) String page, HttpServletRequest request, HttpServletResponse response,
			Language language, Model model) {
		String path = request.getContextPath() + "/news";
		FilteredList<NewsRow> list = news.search(path, NewsListService.filter(country, year, channel, q), page,
				language);
		// The feed follows the country chosen; it has no other filter.
		String feed = UriComponentsBuilder.fromPath(request.getContextPath() + "/news.atom")
			.queryParamIfPresent(NewsListService.COUNTRY,
					Optional.ofNullable(list.filter().value(NewsListService.COUNTRY)))
			.build()
			.toUriString();
		response.addHeader(HttpHeaders.LINK, "<" + feed + ">; rel=\"alternate\"; type=\"application/atom+xml\"");
		model.addAttribute("news", list);
		model.addAttribute("feedHref", feed);
		return LIST_VIEW;
	}

	@GetMapping("/news/{id}")
	String show(@PathVariable String id, Language language, Model model) {
		model.addAttribute("article", news.find(id, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No published news item " + id)));
		return ITEM_VIEW;
	}

}
