package eu.clusterportal.partnership;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.TranslationsJson;

/**
 * A partnership among the last added, with figures over all partnerships.
 *
 * @param smesInvolved {@code null} when not known
 * @param partnershipsInAll every partnership, not only those listed
 * @param smesInAll the SMEs involved in the partnerships that say, {@code null} if none
 * does
 * @param partnershipsWithSmes the partnerships that say how many SMEs they involve
 * @param translations its translations as JSON ({@link TranslationsJson})
 */
public record RecentPartnership(String acronym, String name, Integer smesInvolved, long partnershipsInAll,
		Long smesInAll, long partnershipsWithSmes, String translations) {

	/** Its name in a language, or else in English. */
	public LocalizedText name(Language language) {
		return TranslationsJson.read(translations).text("name", name, language, false);
	}

}
