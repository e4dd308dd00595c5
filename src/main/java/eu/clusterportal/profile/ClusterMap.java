package eu.clusterportal.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.ClusterRepository.PlacedCluster;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.Translations;
import eu.clusterportal.editorial.TranslationsJson;
import eu.clusterportal.map.MapProjection;
import eu.clusterportal.map.OutlineMap;

/**
 * A map of a country with its clusters at their places, laid out here so that the
 * template only draws it as inline SVG, with the same clusters by city as its text
 * alternative. Clusters at the same place are set around it in a small ring, so each
 * keeps a point of its own to follow.
 *
 * @param viewBox the SVG view box
 * @param areas the country, then its neighbours in the frame, as drawn
 * @param points one per cluster in the frame
 * @param cities the clusters by city, in the order of the query (city, then name)
 * @param placed how many of the country's clusters have a place
 * @param clusters how many clusters the country has
 */
public record ClusterMap(String viewBox, List<Area> areas, List<Point> points, List<City> cities, long placed,
		long clusters) {

	/** A country without a map, or without a cluster with a place. */
	public static final ClusterMap NONE = new ClusterMap("0 0 1 1", List.of(), List.of(), List.of(), 0, 0);

	/**
	 * Distance of the ring of clusters that share a place from the place, in view box
	 * units.
	 */
	static final double RING = 7;

	/**
	 * One country's outline.
	 *
	 * @param home whether it is the country the page is about
	 */
	public record Area(String path, boolean home) {
	}

	/**
	 * A cluster on the map, its name and city in the page's language where translated;
	 * {@code city} may be {@code null}.
	 */
	public record Point(String slug, LocalizedText name, LocalizedText city, double x, double y) {
	}

	/**
	 * The clusters in one city.
	 *
	 * @param name {@code null} for clusters with a place but no city
	 */
	public record City(LocalizedText name, List<Point> clusters) {
	}

	public boolean isEmpty() {
		return cities.isEmpty();
	}

	/** How many clusters the map shows. */
	public int shown() {
		return cities.stream().mapToInt((c) -> c.clusters().size()).sum();
	}

	/** Whether the country has clusters with a place that the map leaves out. */
	public boolean isCapped() {
		return shown() < placed;
	}

	/**
	 * @param map the country's map, in which {@code code} names the country
	 * @param rows the clusters with a place, as
	 * {@link eu.clusterportal.cluster.ClusterRepository#PLACED_CLUSTERS} gives them
	 */
	static ClusterMap of(OutlineMap map, String code, List<? extends PlacedCluster> rows, Language language) {
		if (rows.isEmpty()) {
			return NONE;
		}
		MapProjection projection = map.projection();
		List<Area> areas = new ArrayList<>();
		map.outline(code).ifPresent((home) -> areas.add(new Area(home.path(), true)));
		map.all()
			.stream()
			.filter((o) -> !o.code().equals(code) && !o.isMarker())
			.forEach((o) -> areas.add(new Area(o.path(), false)));
		List<Point> listed = rows.stream().map((r) -> point(projection, r, language)).toList();
		List<Point> drawn = spread(rows.stream()
			.filter((r) -> projection.covers(r.getLatitude().doubleValue(), r.getLongitude().doubleValue()))
			.map((r) -> point(projection, r, language))
			.toList());
		Map<Optional<LocalizedText>, List<Point>> byCity = listed.stream()
			.collect(Collectors.groupingBy((p) -> Optional.ofNullable(p.city()), LinkedHashMap::new,
					Collectors.toList()));
		List<City> cities = byCity.entrySet()
			.stream()
			.map((e) -> new City(e.getKey().orElse(null), e.getValue()))
			.toList();
		return new ClusterMap(projection.viewBox(), areas, drawn, cities, rows.get(0).getPlaced(),
				rows.get(0).getClusters());
	}

	private static Point point(MapProjection projection, PlacedCluster row, Language language) {
		Translations translations = TranslationsJson.read(row.getTranslations());
		LocalizedText city = (row.getCity() != null) ? translations.text("city", row.getCity(), language, false) : null;
		return new Point(row.getSlug(), translations.text("name", row.getName(), language, false), city,
				projection.x(row.getLongitude().doubleValue()), projection.y(row.getLatitude().doubleValue()));
	}

	/** Points at the same place (to a unit) on a ring around it, the first at the top. */
	static List<Point> spread(List<Point> points) {
		Map<String, List<Point>> byPlace = points.stream()
			.collect(Collectors.groupingBy((p) -> Math.round(p.x()) + " " + Math.round(p.y()), LinkedHashMap::new,
					Collectors.toList()));
		List<Point> spread = new ArrayList<>();
		for (List<Point> together : byPlace.values()) {
			for (int i = 0; i < together.size(); i++) {
				Point p = together.get(i);
				double angle = 2 * Math.PI * i / together.size() - Math.PI / 2;
				double distance = (together.size() == 1) ? 0 : RING;
				spread.add(new Point(p.slug(), p.name(), p.city(), tenth(p.x() + distance * Math.cos(angle)),
						tenth(p.y() + distance * Math.sin(angle))));
			}
		}
		return spread;
	}

	private static double tenth(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
