package eu.clusterportal.matching;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;

/** An open request that fits a member's organisation, with the sentence that says why. */
public record RequestMatch(RequestFit request, String reasons) {

	public LocalizedText title(Language language) {
		return title(request.titleEn(), request.titleZh(), language);
	}

	/**
	 * A request's title in the page's language, or else in the one its member wrote,
	 * marked with that language.
	 */
	static LocalizedText title(String english, String chinese, Language language) {
		String wanted = language.isOriginal() ? english : chinese;
		if (wanted != null) {
			return new LocalizedText(wanted, language, false);
		}
		return language.isOriginal() ? new LocalizedText(chinese, Language.SIMPLIFIED_CHINESE, true)
				: new LocalizedText(english, Language.ENGLISH, true);
	}

}
