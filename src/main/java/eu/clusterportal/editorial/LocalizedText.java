package eu.clusterportal.editorial;

/**
 * A text as a page in some language shows it: the translation when there is one to show,
 * or else the original, whose language the page marks ({@code lang="en"}) with a note
 * that it is not translated yet.
 */
public record LocalizedText(String value, Language language, boolean fallback) {

	public static LocalizedText original(String value) {
		return new LocalizedText(value, Language.ORIGINAL, false);
	}

	public boolean isEmpty() {
		return value == null || value.isBlank();
	}

	/** The BCP 47 tag of the text's own language, for its {@code lang} attribute. */
	public String lang() {
		return language.tag();
	}

	@Override
	public String toString() {
		return (value != null) ? value : "";
	}

}
