package eu.clusterportal.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.directory.OriginalSortLinks;
import eu.clusterportal.directory.PartnershipSort;
import eu.clusterportal.directory.PartnershipTable;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Source;
import eu.clusterportal.map.Maps;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.web.LocalizedTexts;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class CountryController {

	static final String LIST_VIEW = "countries/list";

	static final String PROFILE_VIEW = "countries/profile";

	private final CountryRepository countries;

	private final CountryProfileService profiles;

	private final Maps maps;

	private final PartnershipRepository partnerships;

	CountryController(CountryRepository countries, CountryProfileService profiles, Maps maps,
			PartnershipRepository partnerships) {
		this.countries = countries;
		this.partnerships = partnerships;
		this.profiles = profiles;
		this.maps = maps;
	}

	@GetMapping("/countries")
	String list(Locale locale, Model model) {
		List<CountrySummary> summaries = CountrySummary.inLanguage(countries.findSummaries(), Language.of(locale));
		Map<Boolean, List<CountrySummary>> byProfile = summaries.stream()
			.collect(Collectors.partitioningBy(CountrySummary::hasProfile));
		model.addAttribute("profiles", byProfile.get(true));
		model.addAttribute("others", byProfile.get(false));
		model.addAttribute("worldMap", WorldMap.of(maps.world(), summaries));
		model.addAttribute("targetsSources", partnerships.countByTargetsSource(Language.of(locale).tag()));
		return LIST_VIEW;
	}

	@GetMapping(path = "/countries/{slug}", params = OriginalSortLinks.ORDER)
	ResponseEntity<Void> showInOriginalOrder(HttpServletRequest request) {
		return OriginalSortLinks.redirect(request);
	}

	@GetMapping("/countries/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String clusters, HttpServletRequest request, Locale locale, Model model) {
		PartnershipSort partnershipSort = PartnershipSort.fromParameter(sort);
		ClusterGrouping grouping = ClusterGrouping.fromParameter(clusters);
		// Only editors see drafts, and only when they ask for a preview.
		boolean preview = request.getParameter("preview") != null
				&& (request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN"));
		CountryProfile profile = profiles.find(slug, partnershipSort, grouping, preview, Language.of(locale))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No country " + slug));
		if (preview) {
			LocalizedTexts.showDrafts(request);
		}
		// Links on the page keep its own, checked parameters and drop any others.
		UriComponentsBuilder page = UriComponentsBuilder.fromPath(request.getRequestURI())
			.queryParam("sort", partnershipSort.toParameter())
			.queryParam("clusters", grouping.parameter());
		model.addAttribute("profile", profile);
		model.addAttribute("sources", Source.values());
		model.addAttribute("pageDescription", Objects.toString(profile.introduction(), null));
		// the layout offers the country's news and events feeds to feed readers
		model.addAttribute("feedCountry", new FeedCountry(profile.country().getSlug(), profile.name().value()));
		model.addAttribute("clusterGroupings", ClusterGroupingLink.all(grouping, page));
		model.addAttribute("clusterChart", ClusterLandscapeChart.of(profile.clusters()));
		model.addAttribute("partnerships", PartnershipTable.of(profile.partnerships().rows(), partnershipSort, page));
		model.addAttribute("allPartnershipsHref",
				UriComponentsBuilder.fromPath("/partnerships")
					.queryParam("country", profile.country().getSlug())
					.queryParam("sort", partnershipSort.toParameter())
					.build()
					.toUriString());
		return PROFILE_VIEW;
	}

	/** The country whose feeds the layout offers, named in the page's language. */
	record FeedCountry(String slug, String name) {
	}

}
