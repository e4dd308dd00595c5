package eu.clusterportal.cluster.admin;

import eu.clusterportal.cluster.Region;

/**
 * What the history of a region shows of one saved version, read while its revision can
 * still be loaded.
 */
record RegionSnapshot(String name, String slug, String country, int position) {

	static RegionSnapshot of(Region region) {
		return new RegionSnapshot(region.getName(), region.getSlug(), region.getCountry().getName(),
				region.getPosition());
	}

}
