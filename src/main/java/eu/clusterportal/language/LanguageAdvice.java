package eu.clusterportal.language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.web.PortalBaseUrl;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its versions in each language: the {@code hreflang} alternates in its
 * head and the language switch in its header (the same page, query kept, in the other
 * language), and, on an English page for a browser that prefers Chinese, the offer of the
 * Chinese page.
 */
@ControllerAdvice
class LanguageAdvice {

	private final PortalBaseUrl baseUrl;

	private final MessageSource messages;

	LanguageAdvice(PortalBaseUrl baseUrl, MessageSource messages) {
		this.baseUrl = baseUrl;
		this.messages = messages;
	}

	/** The page in every language, the page's own included, for the head's alternates. */
	@ModelAttribute("languageVersions")
	List<LanguageVersion> languageVersions(HttpServletRequest request) {
		PageAddress address = address(request);
		if (address == null) {
			return List.of();
		}
		return Arrays.stream(Language.values()).map((language) -> version(address, language)).toList();
	}

	/** The page in the other languages, for the switch. */
	@ModelAttribute("otherLanguageVersions")
	List<LanguageVersion> otherLanguageVersions(HttpServletRequest request, Language current) {
		PageAddress address = address(request);
		if (address == null) {
			return List.of();
		}
		return Arrays.stream(Language.values())
			.filter((language) -> language != current)
			.map((language) -> version(address, language))
			.toList();
	}

	@ModelAttribute("languageOffer")
	LanguageOffer languageOffer(HttpServletRequest request, Language current, Locale locale) {
		PageAddress address = address(request);
		if (address == null || !(request.getAttribute(LanguageFilter.OFFER_ATTRIBUTE) instanceof Language offered)) {
			return null;
		}
		String page = URLEncoder.encode(address.withoutLanguageParameter().pathAndQuery(), StandardCharsets.UTF_8);
		return new LanguageOffer(offered, message("language.offer.text", offered.locale()),
				message("language.offer.switch", offered.locale()), choice(address, offered, page),
				message("language.offer.stay", locale), choice(address, current, page));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String choice(PageAddress address, Language language, String page) {
		return address.context() + "/language?to=" + language.tag() + "&page=" + page;
	}

	private LanguageVersion version(PageAddress address, Language language) {
		PageAddress plain = address.withoutLanguageParameter();
		return new LanguageVersion(language, plain.in(language),
				this.baseUrl.url(language.pathPrefix() + plain.pathAndQuery()));
	}

	private static PageAddress address(HttpServletRequest request) {
		return (request.getAttribute(LanguageFilter.ADDRESS_ATTRIBUTE) instanceof PageAddress address) ? address : null;
	}

}
