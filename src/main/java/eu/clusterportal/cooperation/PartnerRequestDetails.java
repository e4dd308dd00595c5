package eu.clusterportal.cooperation;

import java.time.LocalDate;
import java.util.Set;

import eu.clusterportal.country.Country;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.taxonomy.TechnologyField;

/**
 * What a member says of a partner request. Texts of a language are {@code null} when the
 * member did not write in it; at least one language is there.
 *
 * @param partnership the ESCP-4i partnership it is part of, or {@code null}
 */
public record PartnerRequestDetails(PartnerRequestDirection direction, PartnerRequestKind kind, RequestTexts english,
		RequestTexts chinese, LocalDate deadline, Set<Country> targetCountries, Set<Sector> sectors,
		Set<TechnologyField> technologyFields, Partnership partnership) {

	public PartnerRequestDetails {
		if (english == null && chinese == null) {
			throw new IllegalArgumentException("A partner request needs a title and description in one language");
		}
	}

	/**
	 * A title and a description in one language.
	 */
	public record RequestTexts(String title, String description) {

	}

}
