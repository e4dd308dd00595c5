package eu.clusterportal.matching;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;

/** An open request that fits a member's organisation, with the sentence that says why. */
public record RequestMatch(RequestFit request, String reasons) {

	public LocalizedText title(Language language) {
		return PartnerRequest.text(request.titleEn(), request.titleZh(), language);
	}

}
