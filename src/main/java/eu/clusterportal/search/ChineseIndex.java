package eu.clusterportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.Document;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.editorial.TranslationsJson;
import eu.clusterportal.partnership.Partnership;

/**
 * The tables the Chinese search reads and what their {@code search_vector_zh} holds: the
 * published Chinese texts of the fields the English {@code search_vector} holds, with the
 * same weights (migration V1), and a partnership's acronym, which is never translated.
 */
enum ChineseIndex {

	COUNTRY("country", Country.class, translated("name", 'A'), translated("introduction", 'B')),

	SECTION("country_section", CountrySection.class, translated("lead", 'B'), translated("body", 'C')),

	CLUSTER("cluster", Cluster.class, translated("name", 'A'), translated("city", 'B'), translated("description", 'C')),

	PARTNERSHIP("partnership", Partnership.class, original("acronym", 'A'), translated("name", 'A'),
			translated("description", 'C')),

	NEWS("news_item", NewsItem.class, translated("title", 'A'), translated("summary", 'B')),

	EVENT("event", Event.class, translated("title", 'A'), translated("location", 'B'), translated("summary", 'C')),

	ACHIEVEMENT("achievement", Achievement.class, translated("title", 'A'), translated("summary", 'B')),

	DOCUMENT("document", Document.class, translated("title", 'A'), translated("summary", 'B'));

	/** The attribute, and column, that holds an item's translations. */
	static final String TRANSLATIONS = "translations";

	/** A field of the vector: its name and weight, and whether it is translated. */
	record Field(String name, char weight, boolean translated) {
	}

	private final String table;

	private final Class<?> entity;

	private final List<Field> fields;

	ChineseIndex(String table, Class<?> entity, Field... fields) {
		this.table = table;
		this.entity = entity;
		this.fields = List.of(fields);
	}

	String table() {
		return table;
	}

	/**
	 * The attributes (and columns) the vector is made of: the translations and the
	 * untranslated fields.
	 */
	List<String> attributes() {
		return Stream.concat(Stream.of(TRANSLATIONS), fields.stream().filter((f) -> !f.translated()).map(Field::name))
			.toList();
	}

	/**
	 * The vector in PostgreSQL's text form.
	 * @param values the value of each of the {@link #attributes()}, by name
	 */
	String vector(UnaryOperator<String> values) {
		Optional<Translation> chinese = TranslationsJson.read(values.apply(TRANSLATIONS))
			.in(Language.SIMPLIFIED_CHINESE)
			.filter(Translation::isPublished);
		List<ChineseText.Weighted> texts = new ArrayList<>();
		for (Field field : fields) {
			String text = field.translated() ? chinese.map((t) -> t.text(field.name())).orElse(null)
					: values.apply(field.name());
			if (text != null) {
				texts.add(new ChineseText.Weighted(text, field.weight()));
			}
		}
		return ChineseText.vector(texts);
	}

	static Optional<ChineseIndex> of(Class<?> type) {
		return Stream.of(values()).filter((index) -> index.entity.isAssignableFrom(type)).findFirst();
	}

	private static Field translated(String name, char weight) {
		return new Field(name, weight, true);
	}

	private static Field original(String name, char weight) {
		return new Field(name, weight, false);
	}

}
