package eu.clusterportal.language;

import java.util.List;
import java.util.Locale;

import eu.clusterportal.cache.StaticResourceConfiguration;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages in each language at their own address: {@link LanguageFilter} before every other
 * filter (the page cache, the session, security), {@link StaticLinksFilter} after them,
 * the locale from the address, and the page's {@link eu.clusterportal.editorial.Language}
 * as a handler method argument (or {@code Language.of(locale)} with Spring's
 * {@code Locale} argument).
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	/**
	 * Before the page cache, which keys and excludes pages by their path within the
	 * portal.
	 */
	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE;

	@Bean
	FilterRegistrationBean<LanguageFilter> languageFilter() {
		FilterRegistrationBean<LanguageFilter> registration = new FilterRegistrationBean<>(
				new LanguageFilter(StaticResourceConfiguration::isStaticFile));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/**
	 * Between Spring Security (whose response writes links without passing them on) and
	 * the content hashing of static files' names (the last filter).
	 */
	@Bean
	FilterRegistrationBean<StaticLinksFilter> staticLinksFilter() {
		FilterRegistrationBean<StaticLinksFilter> registration = new FilterRegistrationBean<>(
				new StaticLinksFilter(StaticResourceConfiguration::isStaticFile));
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	LocaleResolver localeResolver(@Value("${spring.web.locale:en_GB}") Locale english) {
		return new PathLocaleResolver(english);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new LanguageArgumentResolver());
	}

}
