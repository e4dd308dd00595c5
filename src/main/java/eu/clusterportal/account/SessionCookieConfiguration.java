package eu.clusterportal.account;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie as Spring Boot configures it, except that a value which cannot name
 * a session counts as no session cookie: Spring Session would look it up as it is, and a
 * value that decodes to NUL bytes makes PostgreSQL refuse the query on every route.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	/** Spring Session JDBC names sessions with random UUIDs. */
	private static final Pattern SESSION_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Bean
	static BeanPostProcessor sessionIdCookiesOnly() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DefaultCookieSerializer cookies) ? new SessionIdCookies(cookies) : bean;
			}

		};
	}

	private record SessionIdCookies(CookieSerializer cookies) implements CookieSerializer {

		@Override
		public void writeCookieValue(CookieValue cookieValue) {
			this.cookies.writeCookieValue(cookieValue);
		}

		@Override
		public List<String> readCookieValues(HttpServletRequest request) {
			return this.cookies.readCookieValues(request)
				.stream()
				.filter((value) -> SESSION_ID.matcher(value).matches())
				.toList();
		}

	}

}
