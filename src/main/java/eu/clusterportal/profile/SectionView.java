package eu.clusterportal.profile;

import eu.clusterportal.country.SectionTopic;
import eu.clusterportal.editorial.LocalizedText;

/**
 * A text section ready for the page, in the page's language.
 *
 * @param topic what the section is about; it gives the heading and the anchor
 * @param lead the short text always shown
 * @param bodyHtml the longer text behind "Read more", as safe HTML; empty if there is
 * none
 */
public record SectionView(SectionTopic topic, LocalizedText lead, LocalizedText bodyHtml) {

	public boolean hasBody() {
		return !bodyHtml.isEmpty();
	}

}
