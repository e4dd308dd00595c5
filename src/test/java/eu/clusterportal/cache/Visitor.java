package eu.clusterportal.cache;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * One person's browser against one instance's real server: its own cookies (so its own
 * session), forms sent with the CSRF token of the page they are on, redirects not
 * followed.
 */
final class Visitor {

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	Visitor(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return this.client.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
		return this.client.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> head(String path) throws IOException, InterruptedException {
		return this.client.send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	void signIn(String email, String password) throws IOException, InterruptedException {
		post("/login", "/login", Map.of("email", email, "password", password));
	}

	/** Posts the form of the page at {@code formPage}, with its CSRF token. */
	HttpResponse<String> post(String formPage, String path, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", Jsoup.parse(get(formPage).body()).select("input[name=_csrf]").val());
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return this.client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return request;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
