package eu.clusterportal.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

	static final String VIEW = "account/sign-in";

	@GetMapping("/login")
	String signIn() {
		return VIEW;
	}

}
