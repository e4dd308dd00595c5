package eu.clusterportal.cache;

import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.CacheManager;

/**
 * Every cache that holds what the database says: the page cache and the caches of every
 * Spring {@link CacheManager}. After each committed change of public content, here or on
 * another instance, the pages that may show it and every Spring cache are cleared.
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
		changed(ContentChange.EVERYTHING);
	}

	void changed(ContentChange change) {
		this.pages.changed(change);
		this.cacheManagers.orderedStream()
			.forEach((manager) -> manager.getCacheNames()
				.stream()
				.map(manager::getCache)
				.filter(Objects::nonNull)
				.forEach(org.springframework.cache.Cache::clear));
	}

}
