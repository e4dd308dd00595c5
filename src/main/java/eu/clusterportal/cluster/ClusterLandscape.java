package eu.clusterportal.cluster;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.taxonomy.Sector;

/**
 * A country's clusters in groups, by region or by sector: the size of every group, and
 * the first clusters of each.
 *
 * @param clusterCount how many of the country's clusters the groups hold, each counted
 * once
 */
public record ClusterLandscape(ClusterGrouping grouping, List<Group> groups, int clusterCount) {

	/**
	 * One group of clusters. A group without a name holds the clusters outside the
	 * country's named regions.
	 *
	 * @param region the group's region when grouped by region, otherwise {@code null}
	 * @param sector the group's sector when grouped by sector, otherwise {@code null}
	 * @param clusters the group's first clusters by name
	 * @param size how many clusters the group holds in all
	 */
	public record Group(String name, Region region, Sector sector, List<Cluster> clusters, int size) {

		/** How many of the group's clusters are not in {@link #clusters}. */
		public int moreCount() {
			return size - clusters.size();
		}

	}

	public boolean isEmpty() {
		return groups.isEmpty();
	}

	/**
	 * @param entries the clusters shown in each group, as
	 * {@link ClusterRepository#findFirstByRegion} or
	 * {@link ClusterRepository#findFirstBySector} give them
	 * @param clusters the entries' clusters, by name
	 */
	public static ClusterLandscape of(ClusterGrouping grouping,
			List<? extends ClusterRepository.LandscapeEntry> entries, List<Cluster> clusters, Language language) {
		Map<Long, List<ClusterRepository.LandscapeEntry>> byGroup = entries.stream()
			.map(ClusterRepository.LandscapeEntry.class::cast)
			.collect(Collectors.groupingBy((e) -> Objects.requireNonNullElse(e.getGroupId(), 0L), LinkedHashMap::new,
					Collectors.toList()));
		List<Group> groups = byGroup.values().stream().map((groupEntries) -> {
			Set<Long> ids = groupEntries.stream()
				.map(ClusterRepository.LandscapeEntry::getId)
				.collect(Collectors.toSet());
			List<Cluster> shown = clusters.stream().filter((c) -> ids.contains(c.getId())).toList();
			if (!language.isOriginal()) {
				// The cards come by English name; a page in another language lists them
				// by the names it shows.
				shown = shown.stream().sorted(NameOrder.by(language, (c) -> name(c, c.getName(), language))).toList();
			}
			int size = groupEntries.get(0).getGroupSize().intValue();
			Long groupId = groupEntries.get(0).getGroupId();
			return (grouping == ClusterGrouping.SECTOR) ? sectorGroup(groupId, shown, size, language)
					: regionGroup(shown, size, language);
		}).sorted(order(grouping)).toList();
		int clusterCount = entries.isEmpty() ? 0 : entries.get(0).getClusters().intValue();
		return new ClusterLandscape(grouping, groups, clusterCount);
	}

	private static Group regionGroup(List<Cluster> shown, int size, Language language) {
		Region region = shown.get(0).getRegion();
		return new Group((region != null) ? name(region, region.getName(), language) : null, region, null, shown, size);
	}

	private static Group sectorGroup(Long sectorId, List<Cluster> shown, int size, Language language) {
		Sector sector = shown.get(0)
			.getSectors()
			.stream()
			.filter((s) -> s.getId().equals(sectorId))
			.findFirst()
			.orElseThrow();
		return new Group(sector.getCode() + " " + name(sector, sector.getName(), language), null, sector, shown, size);
	}

	/** A group's name in the page's language, or else in English. */
	private static String name(Translatable group, String name, Language language) {
		return group.getTranslations().text("name", name, language, false).value();
	}

	/** Regions in their order with the clusters outside them last; sectors by code. */
	private static Comparator<Group> order(ClusterGrouping grouping) {
		if (grouping == ClusterGrouping.SECTOR) {
			return Comparator.comparing((g) -> g.sector().getCode());
		}
		return Comparator.comparing(Group::region,
				Comparator.nullsLast(Comparator.comparingInt(Region::getPosition).thenComparing(Region::getName)));
	}

}
