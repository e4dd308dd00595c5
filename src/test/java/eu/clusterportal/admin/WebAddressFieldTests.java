package eu.clusterportal.admin;

import static eu.clusterportal.WebPages.editor;
import static org.assertj.core.api.Assertions.assertThat;
import static eu.clusterportal.WebPages.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import eu.clusterportal.PortalIntegrationTest;
import eu.clusterportal.WebPages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every form field that takes a web address follows one rule (WebAddress) and says so
 * when refused.
 */
@PortalIntegrationTest
@Transactional
class WebAddressFieldTests {

	static final String FORMS = """
			/admin/events,       onlineUrl
			/admin/news,         url
			/admin/achievements, url
			/admin/documents,    url
			/admin/clusters,     website
			""";

	@Autowired
	WebPages pages;

	@ParameterizedTest
	@CsvSource(textBlock = FORMS)
	void refusesAnAddressThatIsNotAWebAddress(String form, String field) throws Exception {
		for (String address : new String[] { "https://example.org/a|b{c}", "https://exa mple.org", "https:///path",
				"javascript:alert(1)", "http://", "mailto:info@example.org", "https://user:pw@example.org/",
				"https://example.org@evil.example/", "https://example.org:99999/", "https://example.org:0/" }) {
			Document page = pages.html(request(form).param(field, address));
			assertThat(page.select("#" + field + "-errors").text()).as(address)
				.startsWith("Please enter a web address");
			assertThat(page.select("#" + field).val()).isEqualTo(address);
		}
	}

	@ParameterizedTest
	@CsvSource(textBlock = FORMS)
	void takesAWebAddress(String form, String field) throws Exception {
		for (String address : new String[] { "https://example.org/a%7Cb?x=1&y=2#top", "http://[::1]:8080/",
				"HTTPS://Example.org" }) {
			Document page = pages.html(request(form).param(field, address));
			assertThat(page.select("#" + field + "-errors")).as(address).isEmpty();
		}
	}

	// Only the address is given, so the form comes back with errors and saves nothing.
	private static AbstractMockHttpServletRequestBuilder<?> request(String form) {
		AbstractMockHttpServletRequestBuilder<?> request = form.equals("/admin/documents") ? multipart(form)
				: post(form);
		return request.with(editor("eda@example.eu")).with(csrf());
	}

}
