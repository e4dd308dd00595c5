package eu.clusterportal.outage;

import jakarta.servlet.DispatcherType;
import eu.clusterportal.web.SecurityHeaders;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * What the portal does while its database is unreachable (see {@link UnavailablePage}).
 */
@Configuration(proxyBeanMethods = false)
class OutageConfiguration {

	/** Just outside Spring Session's filter, so that it sees that filter's failures. */
	static final int FILTER_ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseOutage outage,
			ThymeleafViewResolver views, LocaleResolver locales, SecurityHeaders securityHeaders) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(outage, views, locales, securityHeaders));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Named so that it replaces Spring Boot's "db" health indicator. */
	@Bean
	DatabaseHealthIndicator dbHealthIndicator(DatabaseOutage outage) {
		return new DatabaseHealthIndicator(outage);
	}

}
