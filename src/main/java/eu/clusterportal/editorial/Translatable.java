package eu.clusterportal.editorial;

/**
 * An item whose texts can be translated; its translations are kept with it (see
 * {@link Translations}).
 */
public interface Translatable {

	Translations getTranslations();

	void translate(Language language, Translation translation);

}
