package eu.clusterportal.cooperation;

import eu.clusterportal.organisation.OrganisationType;

/**
 * What the public list of partner requests is filtered by; {@code null} means "any".
 *
 * @param country the slug of a target country
 * @param sector a sector's code; a section's also matches its divisions
 * @param field a technology field's code; a section's also matches its divisions
 * @param organisation the slug of the organisation that posted them
 * @param partnership the acronym of the partnership they are part of
 * @param closed whether to list the past ones (closed or past their deadline) rather than
 * the open ones
 */
public record PartnerRequestFilter(PartnerRequestKind kind, PartnerRequestDirection direction, String country,
		String sector, String field, OrganisationType organisationType, String organisation, String partnership,
		boolean closed) {

	/** The open requests, whatever they concern. */
	public static final PartnerRequestFilter OPEN = new PartnerRequestFilter(null, null, null, null, null, null, null,
			null, false);

	public PartnerRequestFilter withCountry(String slug) {
		return new PartnerRequestFilter(kind, direction, slug, sector, field, organisationType, organisation,
				partnership, closed);
	}

	public PartnerRequestFilter withSector(String code) {
		return new PartnerRequestFilter(kind, direction, country, code, field, organisationType, organisation,
				partnership, closed);
	}

	public PartnerRequestFilter withField(String code) {
		return new PartnerRequestFilter(kind, direction, country, sector, code, organisationType, organisation,
				partnership, closed);
	}

	public PartnerRequestFilter withOrganisation(String slug) {
		return new PartnerRequestFilter(kind, direction, country, sector, field, organisationType, slug, partnership,
				closed);
	}

	public PartnerRequestFilter withPartnership(String acronym) {
		return new PartnerRequestFilter(kind, direction, country, sector, field, organisationType, organisation,
				acronym, closed);
	}

}
