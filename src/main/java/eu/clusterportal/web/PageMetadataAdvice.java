package eu.clusterportal.web;

import java.util.Locale;

import eu.clusterportal.editorial.Language;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/**
 * Gives every page the section of the navigation it belongs to and its canonical URL: the
 * configured {@link PortalBaseUrl}, the language's prefix and the page's path without
 * parameters, so that sorted and filtered views of one page count as that page. Error
 * pages have none.
 */
@ControllerAdvice
class PageMetadataAdvice {

	private final PortalBaseUrl baseUrl;

	PageMetadataAdvice(PortalBaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * The section of the main navigation the page belongs to, the first segment of its
	 * path ("" for the front page), so that the navigation marks it.
	 */
	@ModelAttribute("navSection")
	String navSection(HttpServletRequest request) {
		String path = UrlPathHelper.rawPathInstance.getPathWithinApplication(request);
		return path.replaceFirst("^/", "").replaceFirst("/.*", "");
	}

	/**
	 * None for an error page: its address is the page that was not found, not
	 * {@code /error}.
	 */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request, Locale locale) {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			return null;
		}
		return baseUrl
			.url(Language.of(locale).pathPrefix() + UrlPathHelper.rawPathInstance.getPathWithinApplication(request));
	}

}
