package eu.clusterportal.language;

import java.util.Locale;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a page is its address's language: English pages in the configured English
 * locale ({@code spring.web.locale}, en-GB: dates and numbers as British readers write
 * them), Chinese ones in {@code zh-Hans}. Neither {@code Accept-Language} nor a cookie
 * changes it: each language has its own address.
 */
final class PathLocaleResolver implements LocaleResolver {

	private final Locale english;

	PathLocaleResolver(Locale english) {
		this.english = english;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Language language = Languages.of(request);
		return language.isOriginal() ? this.english : language.locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("A page's language is its address's: link to the other address");
	}

}
