package eu.clusterportal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page for signed-in editors and admins. */
@Controller
public class AdminHomeController {

	static final String VIEW = "admin/home";

	private final UntranslatedCounts untranslated;

	AdminHomeController(UntranslatedCounts untranslated) {
		this.untranslated = untranslated;
	}

	/** Links to every kind, each with how many of its items are not translated yet. */
	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("untranslated", untranslated.byKind());
		return VIEW;
	}

}
