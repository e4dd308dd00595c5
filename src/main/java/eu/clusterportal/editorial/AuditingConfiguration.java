package eu.clusterportal.editorial;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Fills in who created and last changed an item: the signed-in person. */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing
class AuditingConfiguration {

	@Bean
	AuditorAware<String> auditor() {
		return () -> Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated)
			.map(Authentication::getName);
	}

}
