package eu.clusterportal;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

@TestConfiguration(proxyBeanMethods = false)
class WebPagesConfiguration {

	@Bean
	WebPages webPages(MockMvc mvc, EntityManagerFactory entityManagerFactory) {
		return new WebPages(mvc, entityManagerFactory);
	}

}
