package eu.clusterportal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;

/**
 * The Chinese translation as an edit form sends it beside the English texts: texts by
 * {@link TranslatedFields} key (bound as {@code translation.texts[lead]}) and their own
 * publication state, separate from the item's.
 */
public class TranslationForm {

	private PublicationStatus status = PublicationStatus.DRAFT;

	private Map<String, String> texts = new LinkedHashMap<>();

	/** The item's translation as it is now, to edit. */
	public static TranslationForm of(Translatable item) {
		TranslationForm form = new TranslationForm();
		item.getTranslations().in(TranslatedFields.LANGUAGE).ifPresent((translation) -> {
			form.status = translation.status();
			form.texts.putAll(translation.texts());
		});
		return form;
	}

	/**
	 * Gives the item this translation, of the fields its kind translates only; no texts
	 * at all removes its translation.
	 */
	public void applyTo(Translatable item, TranslatedFields<?> fields) {
		Map<String, String> known = new LinkedHashMap<>();
		fields.fields().forEach((field) -> {
			String text = text(field.key());
			if (text != null) {
				known.put(field.key(), text);
			}
		});
		item.translate(TranslatedFields.LANGUAGE, known.isEmpty() ? null : new Translation(status, known));
	}

	/** The text of a key, or {@code null} when blank. */
	public String text(String key) {
		String text = texts.get(key);
		return (text == null || text.isBlank()) ? null : text;
	}

	public PublicationStatus getStatus() {
		return status;
	}

	public void setStatus(PublicationStatus status) {
		this.status = status;
	}

	public Map<String, String> getTexts() {
		return texts;
	}

	public void setTexts(Map<String, String> texts) {
		this.texts = texts;
	}

}
