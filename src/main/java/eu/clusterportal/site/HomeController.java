package eu.clusterportal.site;

import eu.clusterportal.editorial.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the platform at a glance, and the ways into it. */
@Controller
class HomeController {

	static final String VIEW = "home";

	private final FrontPageService frontPage;

	HomeController(FrontPageService frontPage) {
		this.frontPage = frontPage;
	}

	@GetMapping("/")
	String home(Language language, Model model) {
		model.addAttribute("front", frontPage.load(language));
		return VIEW;
	}

}
