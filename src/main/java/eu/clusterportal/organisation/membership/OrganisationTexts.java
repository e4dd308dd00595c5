package eu.clusterportal.organisation.membership;

import java.util.HashMap;
import java.util.Map;

import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.organisation.Organisation;

/**
 * The Chinese description a member writes, kept as the organisation's Chinese translation
 * next to the texts editors translated (name, city), which it leaves alone.
 */
public final class OrganisationTexts {

	private static final String DESCRIPTION = "description";

	private OrganisationTexts() {
	}

	/** The Chinese description, or {@code null}. */
	public static String chineseDescription(Organisation organisation) {
		return organisation.getTranslations()
			.in(Language.SIMPLIFIED_CHINESE)
			.map((translation) -> translation.text(DESCRIPTION))
			.orElse(null);
	}

	/**
	 * Sets or removes the Chinese description. A translation keeps its state (an editors'
	 * draft stays a draft); a new one is published with the organisation, or waits for
	 * it.
	 */
	static void describeInChinese(Organisation organisation, String description, boolean published) {
		Translation current = organisation.getTranslations().in(Language.SIMPLIFIED_CHINESE).orElse(null);
		if (current == null && description == null) {
			return;
		}
		Map<String, String> texts = new HashMap<>((current != null) ? current.texts() : Map.of());
		if (description != null) {
			texts.put(DESCRIPTION, description);
		}
		else {
			texts.remove(DESCRIPTION);
		}
		PublicationStatus status = (current != null) ? current.status()
				: (published ? PublicationStatus.PUBLISHED : PublicationStatus.DRAFT);
		organisation.translate(Language.SIMPLIFIED_CHINESE, new Translation(status, texts));
	}

	/** Publishes the Chinese texts of a profile an editor validated. */
	static void publishTranslation(Organisation organisation) {
		organisation.getTranslations()
			.in(Language.SIMPLIFIED_CHINESE)
			.ifPresent((translation) -> organisation.translate(Language.SIMPLIFIED_CHINESE,
					new Translation(PublicationStatus.PUBLISHED, translation.texts())));
	}

}
