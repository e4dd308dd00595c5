package eu.clusterportal.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the page cache.
 *
 * @param enabled whether pages are kept; when not, every public page is rendered anew but
 * still sent with its validators and the same {@code Cache-Control}
 * @param maxSize how many bytes of pages, plain and gzipped, the cache holds at most
 * @param maxPageSize a larger answer (a big CSV file) is sent as it is written and not
 * kept
 * @param maxQueryLength a page asked for with a longer query string is not kept
 * @param renderWait how long requests for a page that another request is rendering wait
 * for it before rendering it themselves
 * @param sharedMaxAge how long a reverse proxy or CDN may keep a public page without
 * asking again; browsers always ask
 */
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
		@DefaultValue("1MB") DataSize maxPageSize, @DefaultValue("512") int maxQueryLength,
		@DefaultValue("2s") Duration renderWait, @DefaultValue("10s") Duration sharedMaxAge) {

}
