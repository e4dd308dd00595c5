package eu.clusterportal.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterSpecifications;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the cluster directory is filtered by, as the URL gives it: a country and a region
 * (by slug), a sector and a technology field (by code). {@code null} means "any". A
 * sector or field code may be a section ({@code C}), which takes in its divisions.
 */
public record ClusterFilter(String country, String region, String sector, String field) {

	public static final ClusterFilter NONE = new ClusterFilter(null, null, null, null);

	/** A filter's URL parameter, in the order the form and the URL show them. */
	public enum Param {

		COUNTRY("country", ClusterFilter::country), REGION("region", ClusterFilter::region),
		SECTOR("sector", ClusterFilter::sector), FIELD("field", ClusterFilter::field);

		private final String parameter;

		private final Function<ClusterFilter, String> value;

		Param(String parameter, Function<ClusterFilter, String> value) {
			this.parameter = parameter;
			this.value = value;
		}

		public String parameter() {
			return parameter;
		}

		public String valueIn(ClusterFilter filter) {
			return value.apply(filter);
		}

	}

	/**
	 * The filter the URL parameters ask for, tidied: blanks are "any", slugs are lower
	 * case, codes upper case. Whether the values exist is checked against
	 * {@link ClusterFilterOptions}.
	 */
	public static ClusterFilter of(String country, String region, String sector, String field) {
		return new ClusterFilter(slug(country), slug(region), code(sector), code(field));
	}

	public boolean isEmpty() {
		return equals(NONE);
	}

	/** The parameters that are set, in order. */
	public List<Param> params() {
		return Arrays.stream(Param.values()).filter((p) -> p.valueIn(this) != null).toList();
	}

	/** The same filter without the given parameter. */
	public ClusterFilter without(Param param) {
		return new ClusterFilter((param == Param.COUNTRY) ? null : country, (param == Param.REGION) ? null : region,
				(param == Param.SECTOR) ? null : sector, (param == Param.FIELD) ? null : field);
	}

	/** The clusters this filter lets through, as a query condition. */
	public Specification<Cluster> toSpecification() {
		List<Specification<Cluster>> conditions = new ArrayList<>();
		if (country != null) {
			conditions.add(ClusterSpecifications.inCountry(country));
		}
		if (region != null) {
			conditions.add(ClusterSpecifications.inRegion(region));
		}
		if (sector != null) {
			conditions.add(ClusterSpecifications.inSector(sector));
		}
		if (field != null) {
			conditions.add(ClusterSpecifications.inTechnologyField(field));
		}
		return Specification.allOf(conditions);
	}

	/** Adds the parameters that are set to a URL. */
	public UriComponentsBuilder addTo(UriComponentsBuilder url) {
		params().forEach((p) -> url.queryParam(p.parameter(), p.valueIn(this)));
		return url;
	}

	private static String slug(String value) {
		String trimmed = trim(value);
		return (trimmed != null) ? trimmed.toLowerCase(Locale.ROOT) : null;
	}

	private static String code(String value) {
		String trimmed = trim(value);
		return (trimmed != null) ? trimmed.toUpperCase(Locale.ROOT) : null;
	}

	private static String trim(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

}
