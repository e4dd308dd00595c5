package eu.clusterportal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UrlPathHelper;

/**
 * Gives every page its canonical URL: the configured {@link PortalBaseUrl} and the page's
 * path without parameters, so that sorted and filtered views of one page count as that
 * page.
 */
@ControllerAdvice
class PageMetadataAdvice {

	private final PortalBaseUrl baseUrl;

	PageMetadataAdvice(PortalBaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return baseUrl.url(UrlPathHelper.rawPathInstance.getPathWithinApplication(request));
	}

}
