package eu.clusterportal.cooperation.posting;

import java.util.List;

import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * What a partner request's form offers to choose from: the member's organisations, the
 * directions and kinds, countries named in the page's language, terms and partnerships.
 */
public record PartnerRequestChoices(List<Organisation> organisations, List<PartnerRequestDirection> directions,
		List<PartnerRequestKind> kinds, List<CountrySummary> countries, List<Sector> sectors,
		List<TechnologyField> technologyFields, List<Partnership> partnerships) {

	/** The direction a form names, or {@code null}. */
	static PartnerRequestDirection direction(String value) {
		return PartnerRequestDirection.fromParameter(value);
	}

	/** The kind a form names, or {@code null}. */
	static PartnerRequestKind kind(String value) {
		return PartnerRequestKind.fromParameter(value);
	}

	/** The id a form names, or {@code null} when it is not one. */
	static Long id(String value) {
		if (value == null || !value.matches("[0-9]{1,18}")) {
			return null;
		}
		return Long.valueOf(value);
	}

}
