package eu.clusterportal.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clusterportal.cluster.Region;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.NameOrder;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.taxonomy.TaxonomyTerm;

/**
 * The choices of the directory's filter form, from the database: the countries that have
 * clusters, every region grouped by country, every sector and technology field (sections
 * followed by their divisions). A filter value that is not among them is unknown.
 */
public record ClusterFilterOptions(List<Option> countries, List<OptionGroup> regions, List<Option> sectors,
		List<Option> fields) {

	/**
	 * One choice.
	 *
	 * @param value what the URL carries
	 * @param label what people read
	 * @param nested whether it is a division under the section before it
	 */
	public record Option(String value, String label, boolean nested) {

		/** The label as a menu shows it: a division indented under its section. */
		public String menuLabel() {
			return nested ? "\u00a0\u00a0\u00a0" + label : label;
		}

	}

	/** Choices under a heading, such as a country's regions. */
	public record OptionGroup(String label, List<Option> options) {
	}

	/**
	 * The choices with their labels in {@code language}; in English in the order given,
	 * otherwise countries and the groups of regions in the language's order of names
	 * ({@link NameOrder}).
	 */
	public static ClusterFilterOptions of(Language language, List<Country> countries, List<Region> regions,
			List<? extends TaxonomyTerm> sectors, List<? extends TaxonomyTerm> fields) {
		Map<String, List<Option>> regionsByCountry = new LinkedHashMap<>();
		for (Region region : regions) {
			regionsByCountry.computeIfAbsent(countryName(region.getCountry(), language), (name) -> new ArrayList<>())
				.add(new Option(region.getSlug(), name(region, region.getName(), language), false));
		}
		List<Option> countryOptions = countries.stream()
			.map((c) -> new Option(c.getSlug(), countryName(c, language), false))
			.toList();
		List<OptionGroup> regionGroups = regionsByCountry.entrySet()
			.stream()
			.map((e) -> new OptionGroup(e.getKey(), e.getValue()))
			.toList();
		if (!language.isOriginal()) {
			countryOptions = countryOptions.stream().sorted(NameOrder.by(language, Option::label)).toList();
			regionGroups = regionGroups.stream().sorted(NameOrder.by(language, OptionGroup::label)).toList();
		}
		return new ClusterFilterOptions(countryOptions, regionGroups, terms(sectors, language),
				terms(fields, language));
	}

	private static String countryName(Country country, Language language) {
		return CountryNames.text(country, language, false).value();
	}

	private static String name(Translatable item, String name, Language language) {
		return item.getTranslations().text("name", name, language, false).value();
	}

	/** The choices for a filter parameter. */
	public List<Option> options(ClusterFilter.Param param) {
		return switch (param) {
			case COUNTRY -> countries;
			case REGION -> regions.stream().flatMap((g) -> g.options().stream()).toList();
			case SECTOR -> sectors;
			case FIELD -> fields;
		};
	}

	/** The label of a value of a filter parameter, if the value is known. */
	public Optional<String> label(ClusterFilter.Param param, String value) {
		return options(param).stream().filter((o) -> o.value().equals(value)).map(Option::label).findFirst();
	}

	/** The parameters of a filter whose values are not among the choices. */
	public List<ClusterFilter.Param> unknown(ClusterFilter filter) {
		return filter.params().stream().filter((p) -> label(p, p.valueIn(filter)).isEmpty()).toList();
	}

	/** The filter without its unknown values. */
	public ClusterFilter known(ClusterFilter filter) {
		ClusterFilter known = filter;
		for (ClusterFilter.Param param : unknown(filter)) {
			known = known.without(param);
		}
		return known;
	}

	private static List<Option> terms(List<? extends TaxonomyTerm> terms, Language language) {
		// A division's code starts with its section's letter, so by code each section
		// comes right before its divisions: "C Manufacturing", "C10 …", "C29 …", "D …".
		return terms.stream()
			.sorted(Comparator.comparing(TaxonomyTerm::getCode))
			.map((t) -> new Option(t.getCode(), t.getCode() + " " + name(t, t.getName(), language),
					t.getParent() != null))
			.toList();
	}

}
