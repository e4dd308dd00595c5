package eu.clusterportal.site;

import eu.clusterportal.web.PortalBaseUrl;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt}: crawlers may read every public page and find them all in the
 * sitemap, named by its absolute address as the format wants; the editing pages only lead
 * to the sign-in.
 */
@RestController
class RobotsController {

	private final PortalBaseUrl baseUrl;

	RobotsController(PortalBaseUrl baseUrl) {
		this.baseUrl = baseUrl;
	}

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return """
				User-agent: *
				Disallow: /admin/
				Disallow: /account/
				Allow: /

				Sitemap: %s
				""".formatted(baseUrl.url("/sitemap.xml"));
	}

}
