package eu.clusterportal.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.DispatcherType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page cache for anonymous visitors and what keeps every cache current: Hibernate's
 * events after each commit here, PostgreSQL notifications from other instances, each
 * clearing what the change may concern.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class PageCacheConfiguration {

	/**
	 * The first filter: a kept page needs neither Spring Session nor the outage filter,
	 * and is not worth an observation (the {@code http.server.requests} metrics count
	 * rendered pages only). Only the language filter comes first: it tells the path
	 * within the portal (and so whether a page is public) from the language's prefix.
	 */
	static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	@Bean
	PageCache pageCache(PageCacheProperties properties) {
		return new PageCache(properties.maxSize(), properties.renderWait());
	}

	@Bean
	ContentCaches contentCaches(PageCache pages, ObjectProvider<CacheManager> cacheManagers) {
		return new ContentCaches(pages, cacheManagers);
	}

	@Bean
	ChangeNotifications changeNotifications() {
		return new ChangeNotifications();
	}

	@Bean
	HibernatePropertiesCustomizer contentChangeEvents(ChangeNotifications notifications, ContentCaches caches) {
		Integrator events = new ContentChangeEvents(notifications, caches, new RenderedEntities());
		return (properties) -> {
			List<Integrator> integrators = new ArrayList<>();
			if (properties
				.get(EntityManagerFactoryBuilderImpl.INTEGRATOR_PROVIDER) instanceof IntegratorProvider other) {
				integrators.addAll(other.getIntegrators());
			}
			integrators.add(events);
			properties.put(EntityManagerFactoryBuilderImpl.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> integrators);
		};
	}

	@Bean
	ChangeNotificationListener changeNotificationListener(JdbcConnectionDetails database, DataSource dataSource,
			ChangeNotifications notifications, PageCache pages, ContentCaches caches) {
		Properties connection = new Properties();
		// the pool's driver settings (timeouts, TLS), where the pool is Hikari
		if (dataSource instanceof HikariDataSource hikari) {
			connection.putAll(hikari.getDataSourceProperties());
		}
		if (database.getUsername() != null) {
			connection.setProperty("user", database.getUsername());
		}
		if (database.getPassword() != null) {
			connection.setProperty("password", database.getPassword());
		}
		connection.setProperty("ApplicationName", "cluster-portal content change listener");
		connection.setProperty("tcpKeepAlive", "true");
		return new ChangeNotificationListener(database.getJdbcUrl(), connection, notifications, pages, caches);
	}

	/** Also with keeping off: it gives public pages their validators. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache pages, PageCacheProperties properties,
			LocaleResolver locales, Clock clock,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		// browsers ask every time (a 304 costs little), shared caches keep it briefly
		String cacheControl = CacheControl.maxAge(Duration.ZERO)
			.mustRevalidate()
			.cachePublic()
			.sMaxAge(properties.sharedMaxAge())
			.getHeaderValue();
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(pages, locales, clock, sessionCookie, (int) properties.maxPageSize().toBytes(),
						properties.maxQueryLength(), cacheControl, properties.enabled()));
		registration.setOrder(FILTER_ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
