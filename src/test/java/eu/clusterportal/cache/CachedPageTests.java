package eu.clusterportal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gzipped form goes to clients that say they take it, and to no one else. */
class CachedPageTests {

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
