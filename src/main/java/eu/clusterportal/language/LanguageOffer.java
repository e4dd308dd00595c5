package eu.clusterportal.language;

import eu.clusterportal.editorial.Language;

/**
 * An English page's offer of the same page in the language the browser prefers, each text
 * in its own language.
 *
 * @param language the language offered
 * @param text what the offer says, in that language
 * @param switchLabel the link to the page in that language, in that language
 * @param switchPath where that link leads: the choice, then the page
 * @param stayLabel the link that keeps the page's language, in the page's language
 * @param stayPath where that link leads
 */
public record LanguageOffer(Language language, String text, String switchLabel, String switchPath, String stayLabel,
		String stayPath) {

}
