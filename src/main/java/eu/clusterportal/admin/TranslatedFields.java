package eu.clusterportal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.content.Achievement;
import eu.clusterportal.content.ContentItem;
import eu.clusterportal.content.Event;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.country.Statistic;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.Provenance;
import eu.clusterportal.editorial.RevisionEntry;
import eu.clusterportal.editorial.TextChanges;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.editorial.Translation;
import eu.clusterportal.organisation.Organisation;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import org.hibernate.Hibernate;

/**
 * The texts of one kind that editors translate, keyed as {@link Translation#texts()} keys
 * them (the Java path of the English attribute), each with the path of the English input
 * beside it in the form, whose length limit the translation shares, and how to read the
 * English text. One constant per kind; together they are the table of translatable fields
 * the public pages and the demo content use too.
 *
 * @param <T> the kind
 */
public final class TranslatedFields<T extends Translatable> {

	/** The language editors translate into. */
	public static final Language LANGUAGE = Language.SIMPLIFIED_CHINESE;

	public static final TranslatedFields<Country> COUNTRY = new TranslatedFields<>(Country.class)
		.text("name", "name", Country::getName)
		.text("introduction", "introduction", Country::getIntroduction)
		.text("capital", "capital", Country::getCapital)
		.text("capitalSource.detail", "capitalSource.detail", (c) -> detail(c.getCapitalSource()))
		.text("currencySource.detail", "currencySource.detail", (c) -> detail(c.getCurrencySource()))
		.text("population.source.detail", "population.provenance.detail", (c) -> detail(c.getPopulation()))
		.text("areaKm2.source.detail", "area.provenance.detail", (c) -> detail(c.getAreaKm2()))
		.text("gdpUsd.source.detail", "gdp.provenance.detail", (c) -> detail(c.getGdpUsd()))
		.text("gdpPerCapitaUsd.source.detail", "gdpPerCapita.provenance.detail", (c) -> detail(c.getGdpPerCapitaUsd()));

	public static final TranslatedFields<CountrySection> SECTION = new TranslatedFields<>(CountrySection.class)
		.text("lead", "lead", CountrySection::getLead)
		.markdown("body", "body", CountrySection::getBody);

	public static final TranslatedFields<Region> REGION = new TranslatedFields<>(Region.class)
		.text("name", "name", Region::getName)
		.markdown("description", "description", Region::getDescription);

	public static final TranslatedFields<Cluster> CLUSTER = new TranslatedFields<>(Cluster.class)
		.text("name", "name", Cluster::getName)
		.text("city", "city", Cluster::getCity)
		.markdown("description", "description", Cluster::getDescription)
		.text("locationSource.detail", "locationSource.detail", (c) -> detail(c.getLocationSource()))
		.text("sectorsSource.detail", "sectorsSource.detail", (c) -> detail(c.getSectorsSource()))
		.text("technologyFieldsSource.detail", "technologyFieldsSource.detail",
				(c) -> detail(c.getTechnologyFieldsSource()));

	/** A European partnership's name is a proper name that may stay in English. */
	public static final TranslatedFields<Partnership> PARTNERSHIP = new TranslatedFields<>(Partnership.class)
		.properName("name", "name", Partnership::getName)
		.markdown("description", "description", Partnership::getDescription)
		.text("descriptionSource.detail", "descriptionSource.detail", (p) -> detail(p.getDescriptionSource()))
		.text("figuresSource.detail", "figuresSource.detail", (p) -> detail(p.getFiguresSource()))
		.text("technologyFieldsSource.detail", "technologyFieldsSource.detail",
				(p) -> detail(p.getTechnologyFieldsSource()))
		.text("sectorsSource.detail", "sectorsSource.detail", (p) -> detail(p.getSectorsSource()))
		.text("targetCountriesSource.detail", "targetCountriesSource.detail",
				(p) -> detail(p.getTargetCountriesSource()));

	public static final TranslatedFields<Organisation> ORGANISATION = new TranslatedFields<>(Organisation.class)
		.text("name", "name", Organisation::getName)
		.text("city", "city", Organisation::getCity)
		.markdown("description", "description", Organisation::getDescription)
		.text("typeSource.detail", "typeSource.detail", (o) -> detail(o.getTypeSource()))
		.text("placeSource.detail", "placeSource.detail", (o) -> detail(o.getPlaceSource()))
		.text("websiteSource.detail", "websiteSource.detail", (o) -> detail(o.getWebsiteSource()))
		.text("sectorsSource.detail", "sectorsSource.detail", (o) -> detail(o.getSectorsSource()));

	public static final TranslatedFields<TaxonomyTerm> TERM = new TranslatedFields<>(TaxonomyTerm.class).text("name",
			"name", TaxonomyTerm::getName);

	/** News items and documents; events and achievements add their own. */
	public static final TranslatedFields<ContentItem> CONTENT = new TranslatedFields<>(ContentItem.class)
		.text("title", "title", ContentItem::getTitle)
		.text("summary", "summary", ContentItem::getSummary);

	public static final TranslatedFields<Event> EVENT = new TranslatedFields<>(Event.class)
		.text("title", "title", Event::getTitle)
		.text("summary", "summary", Event::getSummary)
		.text("location", "location", Event::getLocation);

	public static final TranslatedFields<Achievement> ACHIEVEMENT = new TranslatedFields<>(Achievement.class)
		.text("title", "title", Achievement::getTitle)
		.text("summary", "summary", Achievement::getSummary)
		.text("source.detail", "source.detail", (a) -> detail(a.getSource()));

	private static final List<TranslatedFields<?>> ALL = List.of(COUNTRY, SECTION, REGION, CLUSTER, PARTNERSHIP,
			ORGANISATION, TERM, EVENT, ACHIEVEMENT, CONTENT);

	private final Class<T> type;

	private final List<Field<T>> fields = new ArrayList<>();

	private TranslatedFields(Class<T> type) {
		this.type = type;
	}

	/**
	 * The fields of an item's kind.
	 * @throws IllegalArgumentException for a kind with no translatable texts
	 */
	@SuppressWarnings("unchecked")
	public static <T extends Translatable> TranslatedFields<? super T> of(T item) {
		Class<?> type = Hibernate.getClass(item);
		return (TranslatedFields<? super T>) ALL.stream()
			.filter((fields) -> fields.type.isAssignableFrom(type))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No translated fields for " + type));
	}

	public List<Field<T>> fields() {
		return fields;
	}

	/** The field of a {@link Translation#texts()} key, if this kind has it. */
	public Field<T> field(String key) {
		return fields.stream().filter((field) -> field.key().equals(key)).findFirst().orElse(null);
	}

	/** The English texts of an item by key. */
	public Map<String, String> originals(T item) {
		Map<String, String> originals = new LinkedHashMap<>();
		fields.forEach((field) -> originals.put(field.key(), field.original().apply(item)));
		return originals;
	}

	/**
	 * How far an item is translated; a proper name left in English does not make it
	 * incomplete.
	 */
	public TranslationState state(T item) {
		Map<String, String> toTranslate = new LinkedHashMap<>();
		fields.stream()
			.filter((field) -> !field.properName())
			.forEach((field) -> toTranslate.put(field.key(), field.original().apply(item)));
		return TranslationState.of(item.getTranslations(), LANGUAGE, toTranslate);
	}

	/**
	 * The revisions of an item, newest first, each saying whether its English texts and
	 * its translation differ from the revision before it.
	 */
	public static <S extends Translatable> List<RevisionEntry<S>> withChanges(List<RevisionEntry<S>> revisions) {
		return revisions.isEmpty() ? revisions : of(revisions.get(0).item()).marked(revisions);
	}

	private <S extends T> List<RevisionEntry<S>> marked(List<RevisionEntry<S>> revisions) {
		List<RevisionEntry<S>> marked = new ArrayList<>(revisions.size());
		for (int i = 0; i < revisions.size(); i++) {
			RevisionEntry<S> entry = revisions.get(i);
			S before = (i + 1 < revisions.size()) ? revisions.get(i + 1).item() : null;
			S after = entry.item();
			boolean original = (before == null) ? !isBlank(originals(after))
					: !originals(before).equals(originals(after));
			boolean translation = (before == null) ? after.getTranslations().in(LANGUAGE).isPresent()
					: !Objects.equals(before.getTranslations().in(LANGUAGE), after.getTranslations().in(LANGUAGE));
			marked.add(
					new RevisionEntry<>(after, entry.revision(), entry.type(), new TextChanges(original, translation)));
		}
		return marked;
	}

	/**
	 * Makes the translation of an earlier version the current one, texts and status,
	 * leaving the English texts as they are.
	 */
	public static <T extends Translatable> void restoreTranslation(T current, T earlier) {
		current.translate(LANGUAGE, earlier.getTranslations().in(LANGUAGE).orElse(null));
	}

	private TranslatedFields<T> text(String key, String formPath, Function<T, String> original) {
		fields.add(new Field<>(key, formPath, false, false, original));
		return this;
	}

	private TranslatedFields<T> markdown(String key, String formPath, Function<T, String> original) {
		fields.add(new Field<>(key, formPath, true, false, original));
		return this;
	}

	private TranslatedFields<T> properName(String key, String formPath, Function<T, String> original) {
		fields.add(new Field<>(key, formPath, false, true, original));
		return this;
	}

	private static boolean isBlank(Map<String, String> texts) {
		return texts.values().stream().allMatch((text) -> text == null || text.isBlank());
	}

	private static String detail(Provenance provenance) {
		return (provenance != null) ? provenance.detail() : null;
	}

	private static String detail(Statistic statistic) {
		return (statistic != null) ? detail(statistic.provenance()) : null;
	}

	/**
	 * One translatable text.
	 *
	 * @param key its key among a translation's texts
	 * @param formPath the English input beside it, whose length limit it shares
	 * @param markdown whether it is written in Markdown
	 * @param properName whether it is a proper name that may stay in English
	 * @param original how to read the English text
	 */
	public record Field<T>(String key, String formPath, boolean markdown, boolean properName,
			Function<T, String> original) {
	}

}
