package eu.clusterportal.admin;

/**
 * An edit form that sends the Chinese translation beside the English texts; its
 * translation is checked against the English inputs' length limits
 * ({@link TranslationValidator}).
 */
public interface TranslatedForm {

	TranslationForm getTranslation();

	/** The texts the form translates. */
	TranslatedFields<?> translatedFields();

}
