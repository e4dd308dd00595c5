package eu.clusterportal.matching;

import java.time.Instant;
import java.time.LocalDate;

import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.editorial.LocalizedText;

/**
 * An open request and the member's organisation that fits it best.
 *
 * @param organisationName the name of the organisation that posted it
 * @param titleEn the English title, or {@code null}
 * @param titleZh the Chinese title, or {@code null}
 * @param publishedAt when it was published
 * @param candidate the member's organisation, scored against the request
 */
public record RequestFit(long id, PartnerRequestKind kind, PartnerRequestDirection direction, String titleEn,
		String titleZh, LocalDate deadline, Instant publishedAt, LocalizedText organisationName, Candidate candidate) {

}
