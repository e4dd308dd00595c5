package eu.clusterportal.web;

import java.time.Instant;
import java.util.List;

/**
 * An Atom feed, ready for {@link AtomFeedView}. Ids are absolute URLs.
 *
 * @param id the feed's own URL
 * @param title the feed's title
 * @param author who publishes it: the portal (Atom requires an author)
 * @param page the web page the feed follows
 * @param entries the entries, newest first
 */
public record AtomFeed(String id, String title, String author, String page, List<Entry> entries) {

	/** One entry; {@code summary} may be {@code null}. */
	public record Entry(String id, String title, String link, Instant updated, String summary) {
	}

	/** When the feed last changed: its newest entry, or the epoch for an empty feed. */
	public Instant updated() {
		return entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
	}

}
