package eu.clusterportal.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page for signed-in editors and admins. */
@Controller
public class AdminHomeController {

	static final String VIEW = "admin/home";

	@GetMapping("/admin")
	String home() {
		return VIEW;
	}

}
