package eu.clusterportal.cluster;

import eu.clusterportal.country.Country;

/**
 * Everything an editor sets on a region, as one value: what a form hands over and what an
 * earlier version gives back to be restored.
 *
 * @param description Markdown, or {@code null}
 * @param position where the region comes on its country's page, from 0
 */
public record RegionDetails(Country country, String slug, String name, String description, int position) {
}
