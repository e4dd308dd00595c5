package eu.clusterportal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import eu.clusterportal.PortalServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@PortalServerTest
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void anUnknownCountryGetsANotFoundPageInThePortalLayout() throws Exception {
		HttpResponse<String> response = get("/countries/narnia");
		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Jsoup.parse(response.body());
		assertThat(page.title()).isEqualTo("Page not found · EU–China Cluster Portal");
		assertThat(page.select("main h1").text()).isEqualTo("Page not found");
		assertThat(page.select("main a").eachAttr("href")).containsExactly("/", "/countries");
		assertThat(page.select("header nav a").eachText()).contains("Countries");
	}

	@Test
	void anUnknownPathGetsTheSameNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("main h1").text()).isEqualTo("Page not found");
	}

	@Test
	void oddSortParametersStillGiveTheChinaPage() throws Exception {
		HttpResponse<String> response = get("/countries/china?sort=%E2%98%83%22%3E%3Cscript%3E&clusters=%00");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
