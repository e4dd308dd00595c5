package eu.clusterportal.conversation;

import eu.clusterportal.editorial.Language;

/**
 * A partner request's title in the page's language where its poster wrote one, else in
 * the other, with the language it is written in.
 */
public record RequestTitle(long requestId, String text, Language language) {

	static RequestTitle of(long requestId, String english, String chinese, Language wanted) {
		if (chinese != null && (wanted != Language.ENGLISH || english == null)) {
			return new RequestTitle(requestId, chinese, Language.SIMPLIFIED_CHINESE);
		}
		return new RequestTitle(requestId, english, Language.ENGLISH);
	}

}
