package eu.clusterportal.editorial;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The translations of one item, by language; stored as JSON in the item's
 * {@code translations} column (migration V10), so that a page loads them with the item,
 * in the same statement, and Envers keeps them in the item's history:
 * <pre>{"zh-Hans": {"status": "PUBLISHED", "texts": {"lead": "…", "body": "…"}}}</pre>
 * Immutable: every change makes a new value, so that Hibernate sees it.
 */
public final class Translations {

	public static final Translations NONE = new Translations(Map.of());

	private final Map<Language, Translation> byLanguage;

	private Translations(Map<Language, Translation> byLanguage) {
		this.byLanguage = byLanguage;
	}

	public static Translations of(Map<Language, Translation> byLanguage) {
		if (byLanguage.containsKey(Language.ORIGINAL)) {
			throw new IllegalArgumentException("The original language is not a translation");
		}
		return byLanguage.isEmpty() ? NONE : new Translations(Collections.unmodifiableMap(new EnumMap<>(byLanguage)));
	}

	public Optional<Translation> in(Language language) {
		return Optional.ofNullable(byLanguage.get(language));
	}

	public Map<Language, Translation> asMap() {
		return byLanguage;
	}

	/**
	 * These translations with one language's replaced, or removed when
	 * {@code translation} is null.
	 */
	public Translations with(Language language, Translation translation) {
		EnumMap<Language, Translation> changed = byLanguage.isEmpty() ? new EnumMap<>(Language.class)
				: new EnumMap<>(byLanguage);
		if (translation == null || translation.texts().values().stream().allMatch((t) -> t == null || t.isBlank())) {
			changed.remove(language);
		}
		else {
			changed.put(language, translation);
		}
		return of(changed);
	}

	/**
	 * A field's text as a page in {@code language} shows it: the translation if it has
	 * one (published, or a draft too when {@code drafts}), or else the original, marked
	 * as such.
	 */
	public LocalizedText text(String field, String original, Language language, boolean drafts) {
		if (language.isOriginal()) {
			return LocalizedText.original(original);
		}
		Optional<String> translated = in(language).filter((t) -> drafts || t.isPublished()).map((t) -> t.text(field));
		return translated.map((text) -> new LocalizedText(text, language, false))
			.orElseGet(() -> new LocalizedText(original, Language.ORIGINAL, original != null && !original.isBlank()));
	}

	/**
	 * Whether {@code language} has a published text for every field that has an original.
	 */
	public boolean isComplete(Language language, Map<String, String> originals) {
		Optional<Translation> translation = in(language).filter(Translation::isPublished);
		return originals.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && !e.getValue().isBlank())
			.allMatch((e) -> translation.map((t) -> t.text(e.getKey())).isPresent());
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Translations that) && byLanguage.equals(that.byLanguage);
	}

	@Override
	public int hashCode() {
		return byLanguage.hashCode();
	}

	@Override
	public String toString() {
		return byLanguage.toString();
	}

}
