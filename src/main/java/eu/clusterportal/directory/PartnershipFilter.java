package eu.clusterportal.directory;

import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the partnership directory: a targeted country's slug, a sector code and
 * a technology field code, each {@code null} for "any".
 */
public record PartnershipFilter(String country, String sector, String field) {

	/**
	 * The filters as the URL gives them; a blank value, as the form's "all" choice sends,
	 * means "any".
	 */
	static PartnershipFilter fromParameters(String country, String sector, String field) {
		return new PartnershipFilter(valueOf(country), valueOf(sector), valueOf(field));
	}

	/** Adds the filters that are set to a URL. */
	UriComponentsBuilder addTo(UriComponentsBuilder url) {
		return url.queryParamIfPresent("country", Optional.ofNullable(country))
			.queryParamIfPresent("sector", Optional.ofNullable(sector))
			.queryParamIfPresent("field", Optional.ofNullable(field));
	}

	public boolean isEmpty() {
		return country == null && sector == null && field == null;
	}

	private static String valueOf(String parameter) {
		return (parameter == null || parameter.isBlank()) ? null : parameter.trim();
	}

}
