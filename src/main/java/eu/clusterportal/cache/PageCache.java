package eu.clusterportal.cache;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.util.unit.DataSize;

/**
 * Rendered public pages, bounded by their bytes. Every clear starts a new generation: a
 * page is only served if it was rendered in the current one, so a page whose rendering
 * began before a change was committed is never served after it. Pages are trusted only
 * while the portal hears of the changes other instances commit, and only on the day they
 * were rendered on (lists of upcoming events).
 */
final class PageCache {

	/** The generation of a request while pages cannot be trusted. */
	static final long UNTRUSTED = -1;

	private final Cache<PageKey, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private volatile boolean trusted;

	PageCache(DataSize maxSize) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
			.build();
	}

	/** The generation a page rendered from now on belongs to, or {@link #UNTRUSTED}. */
	long generation() {
		return this.trusted ? this.generation.get() : UNTRUSTED;
	}

	/** The page to serve, or null. */
	CachedPage find(PageKey key, LocalDate today) {
		CachedPage page = this.pages.getIfPresent(key);
		boolean current = page != null && page.generation() == generation() && page.renderedOn().equals(today);
		return current ? page : null;
	}

	void store(PageKey key, CachedPage page) {
		if (page.generation() == generation()) {
			this.pages.put(key, page);
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/**
	 * Changes elsewhere may go unnoticed from now on: serve no page until trusted again.
	 */
	void distrust() {
		this.trusted = false;
		clear();
	}

	void trust() {
		clear();
		this.trusted = true;
	}

}
