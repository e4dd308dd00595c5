package eu.clusterportal.cache;

import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.CacheManager;

/**
 * Every cache that holds what the database says: the page cache and the caches of every
 * Spring {@link CacheManager}. Cleared after each committed change, here or on another
 * instance.
 */
public final class ContentCaches {

	private final PageCache pages;

	private final ObjectProvider<CacheManager> cacheManagers;

	ContentCaches(PageCache pages, ObjectProvider<CacheManager> cacheManagers) {
		this.pages = pages;
		this.cacheManagers = cacheManagers;
	}

	/** Forgets everything, after the database changed in a way no transaction told. */
	public void clear() {
		this.pages.clear();
		this.cacheManagers.orderedStream()
			.forEach((manager) -> manager.getCacheNames()
				.stream()
				.map(manager::getCache)
				.filter(Objects::nonNull)
				.forEach(org.springframework.cache.Cache::clear));
	}

}
