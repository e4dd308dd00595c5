package eu.clusterportal.system;

import eu.clusterportal.country.CountryRepository;
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
		model.addAttribute("countries", countries.findSummaries());
		return VIEW;
	}

}
