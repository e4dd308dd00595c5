package eu.clusterportal.language;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.http.HttpServletRequest;

/** The language of the page a request asks for. */
public final class Languages {

	/**
	 * The functional cookie that remembers the language a visitor chose when a page
	 * offered another one ({@link LanguageChoice}); it holds the language's tag only.
	 */
	public static final String CHOICE_COOKIE = "language";

	private Languages() {
	}

	/**
	 * The language {@link LanguageFilter} found in the request's address; English for a
	 * request that did not pass it.
	 */
	public static Language of(HttpServletRequest request) {
		return (request.getAttribute(LanguageFilter.ATTRIBUTE) instanceof Language language) ? language
				: Language.ORIGINAL;
	}

}
