package eu.clusterportal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.PageNumber;
import eu.clusterportal.web.Pagination;
import eu.clusterportal.web.PublicPage;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class SearchController {

	static final String VIEW = "search/results";

	static final int PER_GROUP = 5;

	private final SearchRepository search;

	SearchController(SearchRepository search) {
		this.search = search;
	}

	// Parameters arrive as text so that no value of theirs can turn the page into an
	// error.
	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String page, Language language, Model model) {
		SearchTerms terms = SearchTerms.of(q);
		model.addAttribute("terms", terms);
		model.addAttribute("searchQuery", terms.text());
		if (terms.isBlank()) {
			return VIEW;
		}
		if (!search.hasWords(terms.text(), language)) {
			model.addAttribute("noWords", true);
			return VIEW;
		}
		Optional<SearchType> group = SearchType.fromParameter(type);
		if (group.isPresent()) {
			Page<SearchHit> hits = search.findPage(terms.text(), language, group.get(), PageNumber.index(page),
					PublicPage.SIZE);
			model.addAttribute("group", group.get());
			model.addAttribute("hits", hits.getContent());
			// The terms are encoded as a form would, so that "+" and "&" in them survive
			// the round trip.
			model.addAttribute("pagination",
					Pagination.of(hits,
							UriComponentsBuilder.fromPath("/search")
								.queryParam("q", URLEncoder.encode(terms.text(), StandardCharsets.UTF_8))
								.queryParam("type", group.get().parameter())));
		}
		else {
			List<SearchGroup> groups = search.findGroups(terms.text(), language, PER_GROUP);
			model.addAttribute("groups", groups);
			model.addAttribute("total", groups.stream().mapToLong(SearchGroup::total).sum());
		}
		return VIEW;
	}

}
