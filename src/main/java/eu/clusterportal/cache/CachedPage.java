package eu.clusterportal.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A rendered page as sent: its bytes, plain and gzipped, its type and the headers the
 * portal gave it (the security policies, a file name), with a strong ETag for each form
 * and no Last-Modified: a time to the second cannot tell two versions saved within the
 * same second apart, an ETag derived from the bytes always can.
 */
final class CachedPage {

	private static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

	/**
	 * Headers that each answer gets anew, or that a shared page must not have: HSTS
	 * depends on the request's scheme.
	 */
	private static final Set<String> NOT_KEPT = caseInsensitive(HttpHeaders.CACHE_CONTROL, HttpHeaders.PRAGMA,
			HttpHeaders.EXPIRES, HttpHeaders.SET_COOKIE, STRICT_TRANSPORT_SECURITY, HttpHeaders.CONTENT_LENGTH,
			HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_ENCODING, HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
			HttpHeaders.VARY);

	/**
	 * A shared cache keeps one copy per encoding and none for a signed-in person; an
	 * English page may offer the Chinese one to a browser that prefers Chinese, until a
	 * cookie says the visitor chose.
	 */
	private static final String VARY = HttpHeaders.ACCEPT_ENCODING + ", " + HttpHeaders.ACCEPT_LANGUAGE + ", "
			+ HttpHeaders.COOKIE;

	private static final String GZIP = "gzip";

	/**
	 * Bytes of the page's objects besides its contents: arrays, map, strings, cache node.
	 */
	private static final int OVERHEAD = 512;

	private final byte[] body;

	private final byte[] gzipped;

	private final String contentType;

	private final Locale locale;

	private final Map<String, List<String>> headers;

	private final String etag;

	private final LocalDate renderedOn;

	private final long generation;

	private final PageTags tags;

	private CachedPage(byte[] body, String contentType, Locale locale, Map<String, List<String>> headers,
			LocalDate renderedOn, long generation, PageTags tags) {
		this.body = body;
		this.gzipped = gzip(body);
		this.contentType = contentType;
		this.locale = locale;
		this.headers = headers;
		this.etag = sha256(body);
		this.renderedOn = renderedOn;
		this.generation = generation;
		this.tags = tags;
	}

	/** The page as the portal has just answered it, before anything was sent. */
	static CachedPage of(HttpServletResponse response, byte[] body, Locale locale, LocalDate renderedOn,
			long generation, PageTags tags) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.getHeaderNames()
			.stream()
			.filter((name) -> !NOT_KEPT.contains(name))
			.distinct()
			.forEach((name) -> headers.put(name, List.copyOf(response.getHeaders(name))));
		return new CachedPage(body, response.getContentType(), locale, headers, renderedOn, generation, tags);
	}

	long generation() {
		return this.generation;
	}

	PageTags tags() {
		return this.tags;
	}

	LocalDate renderedOn() {
		return this.renderedOn;
	}

	/**
	 * About the bytes the page holds in memory: both forms of the body, its type, stored
	 * headers and tags (up to two bytes per character) and the objects around them.
	 */
	int weight() {
		int characters = this.contentType.length() + this.etag.length();
		for (Map.Entry<String, List<String>> header : this.headers.entrySet()) {
			characters += header.getKey().length();
			for (String value : header.getValue()) {
				characters += value.length();
			}
		}
		return OVERHEAD + this.body.length + this.gzipped.length + 2 * characters + this.tags.weight();
	}

	/**
	 * Answers the request with this page: gzipped if the client takes it, 304 if the
	 * client's copy is this one, without a body for HEAD.
	 */
	void writeTo(HttpServletRequest request, HttpServletResponse response, String cacheControl) throws IOException {
		boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setStatus(HttpServletResponse.SC_OK);
		this.headers.forEach((name, values) -> {
			response.setHeader(name, values.get(0));
			values.stream().skip(1).forEach((value) -> response.addHeader(name, value));
		});
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		// Spring Security's no-store companions, removed (Servlet 6.1 removes a null
		// header)
		response.setHeader(HttpHeaders.PRAGMA, null);
		response.setHeader(HttpHeaders.EXPIRES, null);
		response.setHeader(HttpHeaders.VARY, VARY);
		String representation = gzip ? this.etag + "-" + GZIP : this.etag;
		if (new ServletWebRequest(request, response).checkNotModified(representation)) {
			return;
		}
		byte[] content = gzip ? this.gzipped : this.body;
		response.setLocale(this.locale);
		response.setContentType(this.contentType);
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
		}
		response.setContentLength(content.length);
		if (!HttpMethod.HEAD.matches(request.getMethod())) {
			response.getOutputStream().write(content);
		}
	}

	/** Whether {@code Accept-Encoding} names gzip (or anything) without refusing it. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean any = null;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.trim().split(";");
			boolean refused = Arrays.stream(parts)
				.skip(1)
				.map((parameter) -> parameter.trim().replace(" ", ""))
				.anyMatch((parameter) -> parameter.matches("(?i)q=0(\\.0*)?"));
			if (parts[0].trim().equalsIgnoreCase(GZIP)) {
				return !refused;
			}
			if (parts[0].trim().equals("*")) {
				any = !refused;
			}
		}
		return Boolean.TRUE.equals(any);
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String sha256(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> caseInsensitive(String... names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(List.of(names));
		return set;
	}

}
