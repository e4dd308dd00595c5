package eu.clusterportal.language;

import java.time.Duration;
import java.util.Optional;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The visitor's answer to the offer of a page in another language: "switch to Chinese" or
 * "stay in English", remembered for a year in a functional cookie that says only the
 * chosen language, so that no page offers it again. It leads to the page in the chosen
 * language; only a path on this site is followed.
 */
@Controller
class LanguageChoice {

	/** The cookie that remembers the choice. */
	static final String COOKIE = Languages.CHOICE_COOKIE;

	private static final Duration KEPT = Duration.ofDays(365);

	@GetMapping("/language")
	View choose(@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			HttpServletRequest request, HttpServletResponse response) {
		Language language = Optional.ofNullable(to)
			.flatMap(Language::ofTag)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No language " + to));
		PageAddress address = (PageAddress) request.getAttribute(LanguageFilter.ADDRESS_ATTRIBUTE);
		String context = (address != null) ? address.context() : "";
		String target = localPath(page).map(LanguageChoice::withoutLanguagePrefix).orElse("/");
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.tag())
			.path("/")
			.maxAge(KEPT)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		RedirectView redirect = new RedirectView(context + language.pathPrefix() + target, false);
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

	/** The page's path and query within the portal, whatever language it names. */
	private static String withoutLanguagePrefix(String page) {
		int queryStart = page.indexOf('?');
		String path = (queryStart < 0) ? page : page.substring(0, queryStart);
		String query = (queryStart < 0) ? "" : page.substring(queryStart);
		String rest = path.substring(LanguagePaths.languageOf(path).pathPrefix().length());
		return (rest.isEmpty() ? "/" : rest) + query;
	}

	/**
	 * The page as a path (and query) on this site; none for anything a browser could read
	 * as another site ({@code //host}, {@code /\host}, {@code https://host}) or that
	 * holds control characters; pages' links give it percent-encoded, so in ASCII.
	 */
	private static Optional<String> localPath(String page) {
		if (page == null || !page.startsWith("/") || page.startsWith("//") || page.startsWith("/\\")
				|| page.chars().anyMatch((c) -> c < 0x20 || c > 0x7e || c == '\\' || c == '#')) {
			return Optional.empty();
		}
		return Optional.of(page);
	}

}
