package eu.clusterportal.requests;

import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.editorial.LocalizedText;

/**
 * A partner request as a list shows it, its title in the page's language or else in the
 * other one.
 *
 * @param organisationCountry the organisation's country; {@code null} in the blocks of
 * other pages, which do not show it
 * @param targets the target countries; empty in the blocks of other pages
 * @param closed whether it is closed or past its deadline
 */
public record PartnerRequestRow(long id, LocalizedText title, PartnerRequestDirection direction,
		PartnerRequestKind kind, String organisationSlug, LocalizedText organisationName,
		LocalizedText organisationCountry, List<CountryLink> targets, LocalDate deadline, boolean closed) {

}
