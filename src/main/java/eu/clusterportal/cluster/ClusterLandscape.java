package eu.clusterportal.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.clusterportal.taxonomy.Sector;

/** A country's clusters in groups, by region or by sector. */
public record ClusterLandscape(ClusterGrouping grouping, List<Group> groups) {

	/**
	 * One group of clusters. A group without a name holds the clusters outside the
	 * country's named regions.
	 *
	 * @param region the group's region when grouped by region, otherwise {@code null}
	 * @param sector the group's sector when grouped by sector, otherwise {@code null}
	 */
	public record Group(String name, Region region, Sector sector, List<Cluster> clusters) {
	}

	public boolean isEmpty() {
		return groups.isEmpty();
	}

	public int clusterCount() {
		return (int) groups.stream().flatMap((g) -> g.clusters().stream()).distinct().count();
	}

	public static ClusterLandscape of(ClusterGrouping grouping, List<Region> regions, List<Cluster> clusters) {
		return new ClusterLandscape(grouping,
				(grouping == ClusterGrouping.SECTOR) ? bySector(clusters) : byRegion(regions, clusters));
	}

	private static List<Group> byRegion(List<Region> regions, List<Cluster> clusters) {
		List<Group> groups = new ArrayList<>();
		for (Region region : regions) {
			List<Cluster> inRegion = clusters.stream()
				.filter((c) -> c.getRegion() != null && Objects.equals(c.getRegion().getId(), region.getId()))
				.toList();
			if (!inRegion.isEmpty()) {
				groups.add(new Group(region.getName(), region, null, inRegion));
			}
		}
		List<Cluster> elsewhere = clusters.stream().filter((c) -> c.getRegion() == null).toList();
		if (!elsewhere.isEmpty()) {
			groups.add(new Group(null, null, null, elsewhere));
		}
		return groups;
	}

	private static List<Group> bySector(List<Cluster> clusters) {
		Map<Sector, List<Cluster>> bySector = new LinkedHashMap<>();
		clusters.stream()
			.flatMap((c) -> c.getSectors().stream())
			.distinct()
			.sorted(Comparator.comparing(Sector::getCode))
			.forEach((sector) -> bySector.put(sector, new ArrayList<>()));
		for (Cluster cluster : clusters) {
			cluster.getSectors().forEach((sector) -> bySector.get(sector).add(cluster));
		}
		return bySector.entrySet()
			.stream()
			.map((e) -> new Group(e.getKey().getCode() + " " + e.getKey().getName(), null, e.getKey(), e.getValue()))
			.toList();
	}

}
