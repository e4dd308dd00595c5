package eu.clusterportal.language;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.clusterportal.editorial.Language;

/**
 * A page's address apart from its language, as the visitor asked for it (raw, still
 * percent-encoded): the same page in each language is this address under the language's
 * prefix.
 *
 * @param context the server's context path, "" as the portal runs
 * @param path the path within the portal without a language's prefix, {@code /} for the
 * front page
 * @param query the query, or {@code null}
 */
public record PageAddress(String context, String path, String query) {

	/** The parameter that asks for a page in a language by its tag. */
	static final String LANGUAGE_PARAMETER = "lang";

	/** The address of this page in a language, from the server's root. */
	public String in(Language language) {
		return this.context + language.pathPrefix() + this.path + ((this.query != null) ? "?" + this.query : "");
	}

	/** The path and query within the portal, without a language's prefix. */
	public String pathAndQuery() {
		return this.path + ((this.query != null) ? "?" + this.query : "");
	}

	/** The language a {@code lang} parameter asks for, if one names a known language. */
	Optional<Language> languageAskedFor() {
		if (this.query == null) {
			return Optional.empty();
		}
		return Arrays.stream(this.query.split("&"))
			.filter((parameter) -> parameter.startsWith(LANGUAGE_PARAMETER + "="))
			.map((parameter) -> parameter.substring(LANGUAGE_PARAMETER.length() + 1))
			.map(LanguagePaths::languageOfTag)
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** This address without {@code lang} parameters. */
	PageAddress withoutLanguageParameter() {
		if (this.query == null) {
			return this;
		}
		String rest = Arrays.stream(this.query.split("&"))
			.filter((parameter) -> !parameter.equals(LANGUAGE_PARAMETER)
					&& !parameter.startsWith(LANGUAGE_PARAMETER + "="))
			.collect(Collectors.joining("&"));
		return new PageAddress(this.context, this.path, rest.isEmpty() ? null : rest);
	}

}
