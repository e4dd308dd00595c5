package eu.clusterportal.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.map.MapOutline;
import eu.clusterportal.map.OutlineMap;

/**
 * The world with the countries that partnerships target shaded by how many do, laid out
 * here so that the template only draws it as inline SVG. A shaded country links to its
 * page; the others are drawn plain for orientation.
 *
 * @param viewBox the SVG view box
 * @param plain the outlines of the countries no partnership targets
 * @param shaded the targeted countries on the map, in the order of the table, most
 * targeted first, so that a keyboard meets their links in an order it can predict
 * @param levels the shades in use, lightest first, with the counts each stands for
 * @param targeted every targeted country, most targeted first: the text alternative
 * @param unmapped how many targeted countries have no outline on the map
 */
public record WorldMap(String viewBox, List<String> plain, List<Country> shaded, List<Level> levels,
		List<CountrySummary> targeted, long unmapped) {

	/** How many shades the map uses at most. */
	static final int LEVELS = 4;

	/**
	 * A shaded country: its outline, or for one too small to draw, a marker.
	 *
	 * @param level its shade, from 1 (fewest partnerships) to {@link #LEVELS}
	 * @param path the outline, or {@code null} for a marker at {@code x}, {@code y}
	 */
	public record Country(String slug, String name, long partnerships, int level, String path, double x, double y) {

		public boolean isMarker() {
			return path == null;
		}

	}

	/**
	 * A shade and the numbers of partnerships it stands for, {@code from} to {@code to}.
	 */
	public record Level(int level, long from, long to) {
	}

	public boolean isEmpty() {
		return targeted.isEmpty();
	}

	static WorldMap of(OutlineMap map, List<CountrySummary> countries) {
		List<CountrySummary> targeted = countries.stream()
			.filter((c) -> c.partnershipCount() > 0)
			.sorted(Comparator.comparingLong(CountrySummary::partnershipCount).reversed())
			.toList();
		long most = targeted.isEmpty() ? 0 : targeted.get(0).partnershipCount();
		List<Country> shaded = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (CountrySummary country : targeted) {
			outline(map, country).ifPresent((o) -> {
				shaded.add(new Country(country.slug(), country.name(), country.partnershipCount(),
						level(country.partnershipCount(), most), o.path(), o.markerX(), o.markerY()));
				codes.add(o.code());
			});
		}
		List<String> plain = map.all()
			.stream()
			.filter((o) -> !o.isMarker() && !codes.contains(o.code()))
			.map(MapOutline::path)
			.toList();
		return new WorldMap(map.projection().viewBox(), plain, shaded, levels(most), targeted,
				targeted.size() - shaded.size());
	}

	private static Optional<MapOutline> outline(OutlineMap map, CountrySummary country) {
		return (country.isoCode() != null) ? map.outline(country.isoCode()) : Optional.empty();
	}

	/** Equal steps up to the most targeted country's number. */
	static int level(long partnerships, long most) {
		return (int) Math.ceil((double) LEVELS * partnerships / most);
	}

	/**
	 * The shades with the numbers each stands for, leaving out those no number falls in.
	 */
	static List<Level> levels(long most) {
		List<Level> levels = new ArrayList<>();
		for (int level = 1; level <= LEVELS; level++) {
			long from = most * (level - 1) / LEVELS + 1;
			long to = most * level / LEVELS;
			if (from <= to) {
				levels.add(new Level(level, from, to));
			}
		}
		return levels;
	}

}
