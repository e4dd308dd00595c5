package eu.clusterportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import eu.clusterportal.ClusterPortalApplication;
import eu.clusterportal.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;

/**
 * A weak PORTAL_ADMIN_PASSWORD stops the start with the reason before the web server has
 * opened its port. Starts a portal of its own on an empty database, which is the only way
 * to see its start.
 */
class FirstAdminStartupTests {

	@Test
	void aWeakConfiguredPasswordStopsTheStartBeforeTheWebServerOpens() {
		List<ApplicationEvent> opened = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> webServers = (event) -> {
			if (event instanceof WebServerInitializedEvent) {
				opened.add(event);
			}
		};
		SpringApplicationBuilder portal = new SpringApplicationBuilder(ClusterPortalApplication.class,
				TestDatabaseConfiguration.class)
			.listeners(webServers);

		assertThatException()
			.isThrownBy(
					() -> portal
						.run("--portal.admin.password=aaaaaaaaaaaa", "--server.port=0", "--portal.demo-content=false",
								"--portal.operator.name=Cluster Agency",
								"--portal.operator.address=1 Rue de la Loi, 1000 Brussels",
								"--portal.contact.email=portal@agency.eu")
						.close())
			.withStackTraceContaining("PORTAL_ADMIN_PASSWORD")
			.withStackTraceContaining("Repeats like");
		assertThat(opened).isEmpty();
	}

}
