package eu.clusterportal.account;

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
 * One person's browser against the real server: it keeps its own cookies, so its own
 * session, sends forms with the session's CSRF token, and does not follow redirects, so
 * that tests see where the portal sends it.
 */
final class Browser {

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String base;

	Browser(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * Signs in through the sign-in form and answers where the portal sends the browser
	 * next.
	 */
	String signIn(String email, String password) throws IOException, InterruptedException {
		return location(post("/login", Map.of("email", email, "password", password)));
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form as the page would, with the CSRF token of this browser's session. */
	HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", Jsoup.parse(get("/login").body()).select("input[name=_csrf]").val());
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return client.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Where a redirect sends the browser, as a path, or null when the answer is no
	 * redirect.
	 */
	static String location(HttpResponse<?> response) {
		return response.headers()
			.firstValue("Location")
			.map((location) -> URI.create(location).getRawPath()
					+ ((URI.create(location).getRawQuery() != null) ? "?" + URI.create(location).getRawQuery() : ""))
			.orElse(null);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
