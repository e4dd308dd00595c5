package eu.clusterportal.directory;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import eu.clusterportal.country.CountrySummary;
import eu.clusterportal.taxonomy.Sector;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import eu.clusterportal.taxonomy.TechnologyField;

/** The values the partnership filters can take, as the filter form offers them. */
record PartnershipFilterOptions(List<CountrySummary> countries, List<Sector> sectors, List<TechnologyField> fields) {

	/** One option of a filter's select. */
	record Choice(String value, String label, boolean selected) {
	}

	/** The filter without the values that name no known country or term. */
	PartnershipFilter known(PartnershipFilter filter) {
		return new PartnershipFilter(known(filter.country(), countries, CountrySummary::slug),
				known(filter.sector(), sectors, TaxonomyTerm::getCode),
				known(filter.field(), fields, TaxonomyTerm::getCode));
	}

	List<Choice> countryChoices(PartnershipFilter filter) {
		return countries.stream()
			.map((c) -> new Choice(c.slug(), c.name(), c.slug().equals(filter.country())))
			.toList();
	}

	List<Choice> sectorChoices(PartnershipFilter filter, Language language) {
		return termChoices(sectors, filter.sector(), language);
	}

	List<Choice> fieldChoices(PartnershipFilter filter, Language language) {
		return termChoices(fields, filter.field(), language);
	}

	private static List<Choice> termChoices(List<? extends TaxonomyTerm> terms, String selected, Language language) {
		return terms.stream()
			.map((t) -> new Choice(t.getCode(),
					t.getCode() + " " + t.getTranslations().text("name", t.getName(), language, false).value(),
					t.getCode().equals(selected)))
			.toList();
	}

	private static <T> String known(String value, List<T> values, Function<T, String> key) {
		return values.stream().map(key).filter((k) -> Objects.equals(k, value)).findFirst().orElse(null);
	}

}
