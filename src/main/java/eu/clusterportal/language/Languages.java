package eu.clusterportal.language;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.http.HttpServletRequest;

/** The language of the page a request asks for. */
public final class Languages {

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
