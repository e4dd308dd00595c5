package eu.clusterportal.admin;

import java.util.Map;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.editorial.Translations;

/**
 * How far an item is translated, as the editors' lists mark it: not at all, as a draft,
 * published with some English text still untranslated, or published in full.
 */
public enum TranslationState {

	MISSING, DRAFT, INCOMPLETE, PUBLISHED;

	static TranslationState of(Translations translations, Language language, Map<String, String> originals) {
		Translation translation = translations.in(language).orElse(null);
		if (translation == null) {
			return MISSING;
		}
		if (!translation.isPublished()) {
			return DRAFT;
		}
		return translations.isComplete(language, originals) ? PUBLISHED : INCOMPLETE;
	}

	/** Whether the lists count it as untranslated. */
	public boolean isUntranslated() {
		return this != PUBLISHED;
	}

}
