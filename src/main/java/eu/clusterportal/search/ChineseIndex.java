package eu.clusterportal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.Document;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.cooperation.PartnerRequest;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.editorial.TranslationsJson;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.organisation.OrganisationType;
import eu.clusterportal.partnership.Partnership;

/**
 * The tables the Chinese search reads and what their {@code search_vector_zh} holds: the
 * published Chinese texts of the fields the English {@code search_vector} holds, with the
 * same weights (migrations V1 and V13), a partnership's acronym, which is never
 * translated, and an organisation's type as Chinese pages name it.
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

	DOCUMENT("document", Document.class, translated("title", 'A'), translated("summary", 'B')),

	ORGANISATION("organisation", Organisation.class, translated("name", 'A'),
			original("type", 'B', ChineseIndex::organisationType), translated("city", 'B'),
			translated("description", 'C')),

	// written by a member in either language or both, so without translations
	REQUEST("partner_request", PartnerRequest.class, false, original("titleZh", 'A'), original("descriptionZh", 'C'));

	/** The attribute, and column, that holds an item's translations. */
	static final String TRANSLATIONS = "translations";

	/**
	 * A field of the vector: its name and weight, and whether it is translated; an
	 * untranslated field's value is indexed as {@code text} gives it ({@code null}: not
	 * at all).
	 */
	record Field(String name, char weight, boolean translated, UnaryOperator<String> text) {
	}

	private final String table;

	private final Class<?> entity;

	private final List<Field> fields;

	private final boolean translatable;

	ChineseIndex(String table, Class<?> entity, Field... fields) {
		this(table, entity, true, fields);
	}

	ChineseIndex(String table, Class<?> entity, boolean translatable, Field... fields) {
		this.table = table;
		this.entity = entity;
		this.translatable = translatable;
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
		return Stream
			.concat(translatable ? Stream.of(TRANSLATIONS) : Stream.empty(),
					fields.stream().filter((f) -> !f.translated()).map(Field::name))
			.toList();
	}

	/** The {@link #attributes()} as SQL selects them, each named as its attribute. */
	List<String> columns() {
		return attributes().stream()
			.map((name) -> name.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT) + " as \"" + name + "\"")
			.toList();
	}

	/**
	 * The vector in PostgreSQL's text form.
	 * @param values the value of each of the {@link #attributes()}, by name
	 */
	String vector(UnaryOperator<String> values) {
		Optional<Translation> chinese = TranslationsJson.read(translatable ? values.apply(TRANSLATIONS) : null)
			.in(Language.SIMPLIFIED_CHINESE)
			.filter(Translation::isPublished);
		List<ChineseText.Weighted> texts = new ArrayList<>();
		for (Field field : fields) {
			String value = field.translated() ? null : values.apply(field.name());
			String text = field.translated() ? chinese.map((t) -> t.text(field.name())).orElse(null)
					: (value != null) ? field.text().apply(value) : null;
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
		return new Field(name, weight, true, null);
	}

	private static Field original(String name, char weight) {
		return original(name, weight, UnaryOperator.identity());
	}

	private static Field original(String name, char weight, UnaryOperator<String> text) {
		return new Field(name, weight, false, text);
	}

	/**
	 * An organisation's type in the words of the Chinese pages (商会), from their message
	 * bundle, so that the search finds what the pages say; "other" names no type.
	 */
	private static String organisationType(String type) {
		OrganisationType organisationType = OrganisationType.valueOf(type);
		return (organisationType != OrganisationType.OTHER)
				? ResourceBundle.getBundle("messages", Language.SIMPLIFIED_CHINESE.locale())
					.getString(organisationType.messageKey())
				: null;
	}

}
