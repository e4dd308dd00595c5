package eu.clusterportal.language;

import eu.clusterportal.editorial.Language;

/**
 * The page in one language.
 *
 * @param language its language
 * @param path its address from the server's root, query included, for links
 * @param url its absolute address, for {@code hreflang} alternates
 */
public record LanguageVersion(Language language, String path, String url) {

}
