package eu.clusterportal.search;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.cache.ContentCaches;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The Chinese search vectors: written with each row, and made good at start-up. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	HibernatePropertiesCustomizer chineseSearchIndexer() {
		Integrator indexer = new ChineseSearchIndexer();
		return (properties) -> {
			List<Integrator> integrators = new ArrayList<>();
			if (properties
				.get(EntityManagerFactoryBuilderImpl.INTEGRATOR_PROVIDER) instanceof IntegratorProvider other) {
				integrators.addAll(other.getIntegrators());
			}
			integrators.add(indexer);
			properties.put(EntityManagerFactoryBuilderImpl.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> integrators);
		};
	}

	@Bean
	ChineseSearchBackfill chineseSearchBackfill(JdbcTemplate jdbc, TransactionTemplate transactions,
			ContentCaches caches) {
		return new ChineseSearchBackfill(jdbc, transactions, caches);
	}

}
