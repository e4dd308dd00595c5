package eu.clusterportal.conversation;

import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;

/**
 * A partner request's title in the page's language where its poster wrote one, else in
 * the other, with the language it is written in.
 */
public record RequestTitle(long requestId, String text, Language language) {

	static RequestTitle of(long requestId, String english, String chinese, Language wanted) {
		LocalizedText title = PartnerRequest.text(english, chinese, wanted);
		return new RequestTitle(requestId, title.value(), title.language());
	}

}
