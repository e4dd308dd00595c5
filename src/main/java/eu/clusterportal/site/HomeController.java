package eu.clusterportal.site;

import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	static final String VIEW = "home";

	private final CountryRepository countries;

	HomeController(CountryRepository countries) {
		this.countries = countries;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("profiles", countries.findSummaries().stream().filter(CountrySummary::hasProfile).toList());
		return VIEW;
	}

}
