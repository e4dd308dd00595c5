package eu.clusterportal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import eu.clusterportal.PortalServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On the real server: an unknown cluster is a 404 page, odd directory parameters never an
 * error page.
 */
@PortalServerTest
class ClusterErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownClusterGetsTheNotFoundPageInThePortalLayout() throws Exception {
		HttpResponse<String> response = get("/clusters/atlantis-cluster");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Page not found · EU–China Cluster Portal");
		assertThat(page.select("main h1").text()).isEqualTo("Page not found");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/clusters?page=0", "/clusters?page=-3", "/clusters?page=abc", "/clusters?page=999",
			"/clusters?sort=%E2%98%83%22%3E%3Cscript%3E", "/clusters?sector=%3Cscript%3E&field=%00&region=..%2F",
			"/clusters.csv?sector=XYZ&sort=bogus&page=abc" })
	void oddParametersStillGiveTheDirectory(String path) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>").doesNotContain("Something went wrong");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
