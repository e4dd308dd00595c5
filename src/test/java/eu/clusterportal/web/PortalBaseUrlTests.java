package eu.clusterportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code portal.base-url} is checked when the portal starts, so that a typo never reaches
 * a link.
 */
class PortalBaseUrlTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(BaseUrlConfiguration.class);

	@Test
	void defaultsToTheLocalPortal() {
		context.run((ctx) -> assertThat(ctx.getBean(PortalBaseUrl.class).url("/events"))
			.isEqualTo("http://localhost:8080/events"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://clusters.example.eu", "https://clusters.example.eu/",
			"HTTPS://Clusters.Example.EU", "http://127.0.0.1:8080/portal/" })
	void takesAnAbsoluteWebAddressAndDropsTheEndingSlash(String value) {
		context.withPropertyValues("portal.base-url=" + value).run((ctx) -> {
			assertThat(ctx).hasNotFailed();
			assertThat(ctx.getBean(PortalBaseUrl.class).url("/events"))
				.isEqualTo(value.replaceAll("/$", "") + "/events");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "clusters.example.eu", "/portal", "ftp://clusters.example.eu", "https://", "https:///x",
			"https://clusters.example.eu?lang=en", "https://clusters.example.eu/#top", "javascript:alert(1)",
			"https://exa mple.eu" })
	void refusesToStartWithAnythingElse(String value) {
		context.withPropertyValues("portal.base-url=" + value)
			.run((ctx) -> assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("portal.base-url"));
	}

}
