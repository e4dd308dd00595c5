package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The gzipped form goes to clients that say they take it, and to no one else; a kept page
 * weighs all it holds.
 */
class CachedPageTests {

	@Test
	void aPageWeighsItsBodyBothFormsAndItsHeaders() {
		byte[] body = "<p>page</p>".repeat(100).getBytes();
		int bare = page(body, new MockHttpServletResponse()).weight();
		assertThat(bare).isGreaterThan(body.length);

		MockHttpServletResponse withHeaders = new MockHttpServletResponse();
		withHeaders.setHeader("Content-Disposition", "attachment; filename=\"" + "x".repeat(1000) + "\"");
		assertThat(page(body, withHeaders).weight()).isGreaterThanOrEqualTo(bare + 1000);

		byte[] incompressible = new byte[4000];
		new Random(1).nextBytes(incompressible);
		assertThat(page(incompressible, new MockHttpServletResponse()).weight())
			.as("plain and gzipped, each about as large")
			.isGreaterThan(2 * incompressible.length);
	}

	@Test
	void aKeyWeighsItsQuery() {
		PageKey shortKey = new PageKey("/events.ics?n=1", Locale.ENGLISH);
		PageKey longKey = new PageKey("/events.ics?p=" + "a".repeat(7800) + "&n=1", Locale.ENGLISH);
		assertThat(longKey.weight()).isGreaterThanOrEqualTo(shortKey.weight() + 7800);
	}

	private static CachedPage page(byte[] body, MockHttpServletResponse response) {
		response.setContentType("text/html;charset=UTF-8");
		return CachedPage.of(response, body, Locale.ENGLISH, LocalDate.EPOCH, 0, PageTags.EVERY_CHANGE);
	}

	@Test
	void gzipIsSentOnlyWhenTheClientTakesIt() {
		assertThat(CachedPage.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(CachedPage.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(CachedPage.acceptsGzip("*")).isTrue();
		assertThat(CachedPage.acceptsGzip(null)).isFalse();
		assertThat(CachedPage.acceptsGzip("identity")).isFalse();
		assertThat(CachedPage.acceptsGzip("deflate, br")).isFalse();
		assertThat(CachedPage.acceptsGzip("gzip;q=0, *")).isFalse();
		assertThat(CachedPage.acceptsGzip("gzip; q=0.0")).isFalse();
		assertThat(CachedPage.acceptsGzip("*;q=0")).isFalse();
	}

}
