package eu.clusterportal;

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
 * One person's browser against a real server: it keeps its own cookies, so its own
 * session, sends forms with the CSRF token of the page they are on, and does not follow
 * redirects, so that tests see where the portal sends it.
 */
public final class Browser {

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	public Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Signs in through the sign-in form and answers where the portal sends the browser
	 * next.
	 */
	public String signIn(String email, String password) throws IOException, InterruptedException {
		return location(post("/login", Map.of("email", email, "password", password)));
	}

	/**
	 * @param headers further request headers, as names and values in turn
	 */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return this.client.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) throws IOException, InterruptedException {
		return this.client.send(request(path, headers).build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	public HttpResponse<String> head(String path) throws IOException, InterruptedException {
		return this.client.send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form with the CSRF token of this browser's session, as the sign-in page has
	 * it.
	 */
	public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		return post("/login", path, fields);
	}

	/** Posts the form of the page at {@code formPage}, with its CSRF token. */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields)
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

	/**
	 * Where a redirect sends the browser, as a path, or null when the answer is no
	 * redirect.
	 */
	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").map((location) -> {
			URI uri = URI.create(location);
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}).orElse(null);
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
