package eu.clusterportal.cluster.admin;

import eu.clusterportal.cluster.Region;

/** What the history of a region shows of one saved version, read while its revision can still be loaded. */
record RegionVersion(String name, String slug, String country, int position) {

	static RegionVersion of(Region region) {
		return new RegionVersion(region.getName(), region.getSlug(), region.getCountry().getName(),
				region.getPosition());
	}

}
