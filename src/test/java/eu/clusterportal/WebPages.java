package eu.clusterportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.http.Cookie;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests the portal's pages as tests read them: as parsed HTML, or as the number of SQL
 * statements they cost. Every page must answer 200 and name no missing message key.
 */
public class WebPages {

	private final MockMvc mvc;

	private final EntityManagerFactory entityManagerFactory;

	WebPages(MockMvc mvc, EntityManagerFactory entityManagerFactory) {
		this.mvc = mvc;
		this.entityManagerFactory = entityManagerFactory;
	}

	/**
	 * A valid CSRF token, sent as a browser sends it: the token in its cookie and,
	 * masked, in the form. Spring Security's own {@code csrf()} would instead replace the
	 * token store of the filter chain that the tests' real server shares with MockMvc by
	 * one that keeps tokens in a session, so that every later sign-in page on that server
	 * would write a session.
	 */
	public static RequestPostProcessor csrf() {
		return (request) -> {
			CsrfToken token = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", UUID.randomUUID().toString());
			Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			request
				.setCookies(Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie("XSRF-TOKEN", token.getToken())))
					.toArray(Cookie[]::new));
			new XorCsrfTokenRequestAttributeHandler().handle(request, new MockHttpServletResponse(), () -> token);
			request.setParameter(token.getParameterName(),
					((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken());
			return request;
		};
	}

	/** A signed-in editor with the given e-mail address. */
	public static RequestPostProcessor editor(String email) {
		return user(email).roles("EDITOR");
	}

	public Document html(String url) throws Exception {
		return html(get(url));
	}

	public Document html(RequestBuilder request) throws Exception {
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// Thymeleaf writes a missing message key as ??key_locale??
		assertThat(html).doesNotContainPattern("\\?\\?[\\w.-]+_[a-zA-Z_]+\\?\\?");
		return Jsoup.parse(html);
	}

	/** How many SQL statements the page costs. */
	public long statementsFor(RequestBuilder request) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		mvc.perform(request).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

}
