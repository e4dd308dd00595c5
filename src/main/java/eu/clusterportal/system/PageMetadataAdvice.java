package eu.clusterportal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page its canonical URL: the page's address without parameters, so that
 * sorted and filtered views of one page count as that page.
 */
@ControllerAdvice
class PageMetadataAdvice {

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return ServletUriComponentsBuilder.fromCurrentRequestUri().replaceQuery(null).build().toUriString();
	}

}
