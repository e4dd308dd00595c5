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
	void theErrorAddressAskedForDirectlyIsAPageThatIsNotThere() throws Exception {
		HttpResponse<String> response = get("/error");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("main h1").text()).isEqualTo("Page not found");
	}

	@Test
	void anUnknownPathGetsTheSameNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).select("main h1").text()).isEqualTo("Page not found");
	}

	@Test
	void aClientThatAcceptsAnythingGetsThePageNotJsonAndNoCanonicalLink() throws Exception {
		HttpResponse<String> response = get("/no/such/page", "*/*");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(type(response)).startsWith("text/html");
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("main h1").text()).isEqualTo("Page not found");
		assertThat(page.select("link[rel=canonical]")).isEmpty();

		assertThat(get("/countries/narnia", "*/*").body()).contains("<h1>Page not found</h1>")
			.doesNotContain("rel=\"canonical\"");
	}

	@Test
	void aClientThatAsksForJsonByNameStillGetsJson() throws Exception {
		HttpResponse<String> response = get("/no/such/page", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(type(response)).startsWith("application/json");
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void robotsTxtLetsCrawlersInAndNamesTheSitemapByItsAbsoluteAddress() throws Exception {
		HttpResponse<String> response = get("/robots.txt", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(type(response)).startsWith("text/plain");
		assertThat(response.body().lines()).contains("User-agent: *", "Allow: /",
				"Sitemap: http://localhost:8080/sitemap.xml");
		assertThat(response.body().lines()).doesNotContain("Disallow: /");
	}

	@Test
	void oddSortParametersStillGiveTheChinaPage() throws Exception {
		HttpResponse<String> response = get("/countries/china?sort=%E2%98%83%22%3E%3Cscript%3E&clusters=%00");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("<script>");
	}

	private static String type(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return get(path, "text/html");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
