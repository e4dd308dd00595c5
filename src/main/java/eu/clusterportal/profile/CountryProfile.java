package eu.clusterportal.profile;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a country page shows, loaded in one read-only transaction, its texts in the
 * page's language.
 *
 * @param name the country's name
 * @param introduction the introduction, {@code null} if there is none
 * @param clusterTexts the descriptions of the regions and clusters in {@code clusters}
 * @param clusterMap the country's map with its clusters, {@link ClusterMap#NONE} if none
 */
public record CountryProfile(Country country, LocalizedText name, LocalizedText introduction, List<Fact> keyFacts,
		List<SectionView> sections, ClusterLandscape clusters, LandscapeTexts clusterTexts, ClusterMap clusterMap,
		CountryContent content, Partnerships partnerships) {

	/**
	 * The key facts' sources, each once with the facts it is the source of, in the order
	 * of the facts: the block says each source once instead of after every fact.
	 */
	public List<KeyFactSource> keyFactSources() {
		Map<Optional<LocalizedProvenance>, List<String>> labels = new LinkedHashMap<>();
		for (Fact fact : keyFacts) {
			labels.computeIfAbsent(Optional.ofNullable(fact.source()), (source) -> new ArrayList<>()).add(fact.label());
		}
		return labels.entrySet()
			.stream()
			.map((entry) -> new KeyFactSource(entry.getValue(), entry.getKey().orElse(null)))
			.toList();
	}

	/**
	 * A source and the key facts that come from it.
	 *
	 * @param labels the facts' labels, message keys
	 * @param source where they come from; {@code null} when not recorded
	 */
	public record KeyFactSource(List<String> labels, LocalizedProvenance source) {
	}

	/**
	 * A key fact in the page's language.
	 *
	 * @param label the message key of its label
	 * @param value the formatted value; the capital as translated
	 * @param year the year the figure refers to, if known
	 * @param source where the fact comes from; {@code null} when not recorded
	 */
	public record Fact(String label, LocalizedText value, Year year, LocalizedProvenance source) {
	}

	/**
	 * The first partnerships that target the country, in the table's order.
	 *
	 * @param total how many partnerships target the country in all
	 */
	public record Partnerships(List<Partnership> rows, long total) {

		/** Whether the table leaves out some partnerships. */
		public boolean isCapped() {
			return rows.size() < total;
		}

	}

}
