package eu.clusterportal.editorial;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link Translations} as the JSON of the {@code translations} columns and reads
 * it back. Entities keep the JSON text (mapped as {@code jsonb}) rather than a converted
 * value, as Envers would map a converted attribute's audit column as {@code varchar}.
 */
public final class TranslationsJson {

	/** No translations. */
	public static final String EMPTY = "{}";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private TranslationsJson() {
	}

	public static String write(Translations translations) {
		Map<String, Object> json = new LinkedHashMap<>();
		translations.asMap()
			.forEach((language, translation) -> json.put(language.tag(),
					Map.of("status", translation.status().name(), "texts", new TreeMap<>(translation.texts()))));
		return JSON.writeValueAsString(json);
	}

	public static Translations read(String column) {
		if (column == null || column.isBlank()) {
			return Translations.NONE;
		}
		EnumMap<Language, Translation> byLanguage = new EnumMap<>(Language.class);
		for (Map.Entry<String, JsonNode> entry : JSON.readTree(column).properties()) {
			Language language = Language.ofTag(entry.getKey())
				.orElseThrow(() -> new IllegalStateException("Unknown language in translations: " + entry.getKey()));
			Map<String, String> texts = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> text : entry.getValue().path("texts").properties()) {
				texts.put(text.getKey(), text.getValue().asString());
			}
			byLanguage.put(language, new Translation(
					PublicationStatus.valueOf(entry.getValue().path("status").asString("DRAFT")), texts));
		}
		return Translations.of(byLanguage);
	}

}
