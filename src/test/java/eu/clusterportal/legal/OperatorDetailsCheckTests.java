package eu.clusterportal.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A production start ({@code portal.demo-content=false}) with the operator's details
 * still placeholders stops, naming what to set, before its web server answers anyone.
 */
class OperatorDetailsCheckTests {

	private static final List<Integer> opened = new ArrayList<>();

	private final WebApplicationContextRunner portal = new WebApplicationContextRunner(
			AnnotationConfigServletWebServerApplicationContext::new)
		.withUserConfiguration(OperatorDetailsCheck.class, WebServer.class);

	@Test
	void aProductionStartWithPlaceholdersStopsBeforeTheWebServerOpens() {
		opened.clear();
		portal.withPropertyValues("portal.demo-content=false").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("PORTAL_OPERATOR_NAME")
				.hasMessageContaining("PORTAL_OPERATOR_ADDRESS")
				.hasMessageContaining("PORTAL_CONTACT_EMAIL");
		});
		assertThat(opened).as("ports the web server opened").isEmpty();
	}

	@Test
	void itNamesOnlyWhatIsStillAPlaceholder() {
		portal
			.withPropertyValues("portal.demo-content=false", "portal.operator.name=Cluster Agency",
					"portal.operator.address=[Postal address of the operator: set portal.operator.address]")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("PORTAL_OPERATOR_ADDRESS")
				.hasMessageContaining("PORTAL_CONTACT_EMAIL")
				.hasMessageNotContaining("PORTAL_OPERATOR_NAME"));
	}

	@Test
	void aProductionStartWithTheOperatorsDetailsStarts() {
		portal
			.withPropertyValues("portal.demo-content=false", "portal.operator.name=Cluster Agency",
					"portal.operator.address=1 Rue de la Loi, 1000 Brussels", "portal.contact.email=portal@agency.eu")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void withTheDemoContentThePlaceholdersAreFine() {
		portal.withPropertyValues("portal.demo-content=true").run((context) -> assertThat(context).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	static class WebServer {

		@Bean
		TomcatServletWebServerFactory webServerFactory() {
			return new TomcatServletWebServerFactory(0);
		}

		@Bean
		ApplicationListener<WebServerInitializedEvent> openedPorts() {
			return (event) -> opened.add(event.getWebServer().getPort());
		}

	}

}
