package eu.clusterportal.requests;

import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.editorial.LocalizedText;

/**
 * Everything a request's public page shows, its texts in the page's language where the
 * member wrote them so.
 *
 * @param title the title, marked as in the other language where the member wrote only
 * that
 * @param description the description's paragraphs, each as its lines, in the title's
 * language
 * @param other the texts in the other language where the member wrote both, or
 * {@code null}
 * @param partnership the partnership it is part of, or {@code null}
 * @param closed whether it is closed or past its deadline
 */
public record PartnerRequestPage(long id, LocalizedText title, List<List<String>> description, OtherText other,
		PartnerRequestDirection direction, PartnerRequestKind kind, String organisationSlug,
		LocalizedText organisationName, List<CountryLink> targets, List<TermLink> sectors,
		List<TermLink> technologyFields, PartnershipLink partnership, LocalDate deadline, LocalDate postedOn,
		boolean closed) {

	/**
	 * The title and description in the language the page is not in.
	 *
	 * @param lang its BCP 47 tag
	 */
	public record OtherText(String lang, String title, List<List<String>> description) {
	}

	public record PartnershipLink(String acronym, LocalizedText name) {
	}

}
