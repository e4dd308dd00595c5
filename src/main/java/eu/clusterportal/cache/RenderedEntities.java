package eu.clusterportal.cache;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import eu.clusterportal.country.Country;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;

/**
 * Notes the rows a page's render loads through Hibernate, on the rendering thread, so
 * that a page about one country is cleared when a row it shows changes, wherever that row
 * belongs (a partner cluster of another country).
 */
final class RenderedEntities implements PostLoadEventListener {

	private static final ThreadLocal<Loaded> CURRENT = new ThreadLocal<>();

	/** Notes what the current thread loads from now until {@link #stop()}. */
	static Loaded start() {
		Loaded loaded = new Loaded();
		CURRENT.set(loaded);
		return loaded;
	}

	static void stop() {
		CURRENT.remove();
	}

	@Override
	public void onPostLoad(PostLoadEvent event) {
		Loaded loaded = CURRENT.get();
		if (loaded == null) {
			return;
		}
		loaded.tags.add(ContentChange.entity(ChangeTags.typeOf(event.getPersister()), event.getId()));
		if (event.getEntity() instanceof Country country) {
			loaded.countries.put(country.getSlug(), event.getId());
		}
	}

	/** What one render loaded. */
	static final class Loaded {

		private final Set<String> tags = new HashSet<>();

		private final Map<String, Object> countries = new HashMap<>();

		/**
		 * The tags of a page about the country with this slug: its scope and the rows it
		 * loaded; every change if it did not load that country.
		 */
		PageTags aboutCountry(String slug) {
			Object id = this.countries.get(slug);
			if (id == null) {
				return PageTags.EVERY_CHANGE;
			}
			Set<String> tags = new HashSet<>(this.tags);
			tags.add(ContentChange.inCountry(id));
			return new PageTags(false, tags);
		}

	}

}
