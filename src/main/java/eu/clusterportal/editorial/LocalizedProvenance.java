package eu.clusterportal.editorial;

/**
 * Where something shown comes from, as a page in some language shows it: the source,
 * named by the interface, and its detail in the page's language where translated.
 *
 * @param source never {@code null}
 * @param detail {@code null} when the provenance has no detail
 */
public record LocalizedProvenance(Source source, LocalizedText detail) {

	/**
	 * A provenance as a page in {@code language} shows it.
	 * @param provenance {@code null} when not recorded, which gives {@code null}
	 * @param attributePath the Java path of the provenance attribute in its item
	 * ({@code capitalSource}, {@code population.source}); its detail is translated under
	 * {@code <attributePath>.detail}
	 */
	public static LocalizedProvenance of(Provenance provenance, Translations translations, String attributePath,
			Language language, boolean drafts) {
		if (provenance == null) {
			return null;
		}
		LocalizedText detail = (provenance.detail() != null)
				? translations.text(attributePath + ".detail", provenance.detail(), language, drafts) : null;
		return new LocalizedProvenance(provenance.source(), detail);
	}

	/**
	 * A provenance whose detail has no translation: the original, marked as such on a
	 * page in another language.
	 */
	public static LocalizedProvenance untranslated(Provenance provenance, Language language) {
		return of(provenance, Translations.NONE, "", language, false);
	}

}
