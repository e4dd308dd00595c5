package eu.clusterportal.cache;

import java.time.Duration;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.util.unit.DataSize;

/**
 * Rendered public pages, bounded by their bytes. Each change removes the pages that may
 * show it ({@link ContentChange#affects}) and starts a new generation; a page is kept
 * only if no change that may concern it was committed after its rendering began, so a
 * page rendered before a change is never served after it. Pages are trusted only while
 * the portal hears of the changes other instances commit, and only on the day they were
 * rendered on (lists of upcoming events). One request at a time renders a missing page:
 * the others for the same page wait a bounded time for it.
 */
final class PageCache {

	/** The generation of a request while pages cannot be trusted. */
	static final long UNTRUSTED = -1;

	/**
	 * How many recent changes are remembered to check the pages rendered meanwhile; a
	 * page whose rendering began before all of them is not kept.
	 */
	private static final int REMEMBERED_CHANGES = 1024;

	private final Cache<PageKey, CachedPage> pages;

	private final Duration renderWait;

	private final AtomicLong generation = new AtomicLong();

	/** The changes by the generation each began; guarded by this. */
	private final NavigableMap<Long, ContentChange> recentChanges = new TreeMap<>();

	private final ConcurrentMap<PageKey, Render> rendering = new ConcurrentHashMap<>();

	private volatile boolean trusted;

	PageCache(DataSize maxSize, Duration renderWait) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxSize.toBytes())
			.weigher((PageKey key, CachedPage page) -> key.weight() + page.weight())
			.build();
		this.renderWait = renderWait;
	}

	/** The generation a page rendered from now on belongs to, or {@link #UNTRUSTED}. */
	long generation() {
		return this.trusted ? this.generation.get() : UNTRUSTED;
	}

	/** The page to serve, or null. */
	CachedPage find(PageKey key, LocalDate today) {
		CachedPage page = this.pages.getIfPresent(key);
		boolean current = page != null && this.trusted && page.renderedOn().equals(today);
		return current ? page : null;
	}

	/**
	 * Keeps the page unless a change that may concern it was committed since its
	 * rendering began.
	 * @return whether it was kept
	 */
	synchronized boolean store(PageKey key, CachedPage page) {
		long renderedIn = page.generation();
		if (!this.trusted || renderedIn == UNTRUSTED
				|| renderedIn < this.generation.get() - this.recentChanges.size()) {
			return false;
		}
		boolean outdated = this.recentChanges.tailMap(renderedIn, false)
			.values()
			.stream()
			.anyMatch((change) -> change.affects(page.tags()));
		if (!outdated) {
			this.pages.put(key, page);
		}
		return !outdated;
	}

	/** Forgets the pages that may show what changed. */
	synchronized void changed(ContentChange change) {
		this.recentChanges.put(this.generation.incrementAndGet(), change);
		if (this.recentChanges.size() > REMEMBERED_CHANGES) {
			this.recentChanges.pollFirstEntry();
		}
		if (change.everything()) {
			this.pages.invalidateAll();
		}
		else {
			this.pages.asMap().values().removeIf((page) -> change.affects(page.tags()));
		}
	}

	void clear() {
		changed(ContentChange.EVERYTHING);
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

	/**
	 * Makes this request the one that renders the page, or gives the render under way
	 * that it may be answered with: one that began in its generation or later, so after
	 * every change this request could have seen. A request after a change never waits for
	 * a render begun before it, and each change costs one render per page. The renderer
	 * ends it with {@link #rendered}.
	 */
	Optional<CompletableFuture<CachedPage>> renderingElsewhere(PageKey key, long generation,
			CompletableFuture<CachedPage> render) {
		Render mine = new Render(generation, render);
		Render current = this.rendering.compute(key,
				(k, underWay) -> (underWay != null && underWay.generation() >= generation) ? underWay : mine);
		return (current == mine) ? Optional.empty() : Optional.of(current.page());
	}

	/**
	 * Ends a render, giving the requests that wait for it the page, or null if it is not
	 * one for everyone. The page answers them even if a change during the render keeps it
	 * from being kept: they asked before that change.
	 */
	void rendered(PageKey key, CompletableFuture<CachedPage> render, CachedPage page) {
		this.rendering.computeIfPresent(key, (k, underWay) -> (underWay.page() == render) ? null : underWay);
		render.complete(page);
	}

	/** The page another request rendered, or null if it did not in time. */
	CachedPage await(CompletableFuture<CachedPage> render) {
		try {
			return render.get(this.renderWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/** A render under way and the generation it began in. */
	private record Render(long generation, CompletableFuture<CachedPage> page) {
	}

}
