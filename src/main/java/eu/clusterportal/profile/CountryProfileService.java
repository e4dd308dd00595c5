package eu.clusterportal.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountryRepository.CountryWithSection;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.directory.PartnershipSort;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.map.Maps;
import eu.clusterportal.map.OutlineMap;
import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.web.PublicPage;
import eu.clusterportal.web.TextParameter;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a country page. Every block that can grow is capped, and each is one query, so a
 * page costs the same few SQL statements however many rows its country has: the country
 * with its sections, the first partnerships with their number, their rows, the cluster
 * landscape's first clusters per group with the groups' sizes and, in the same query, the
 * first clusters with a place for the country's map (when it has one), those clusters'
 * cards, and the content blocks.
 */
@Service
@Transactional(readOnly = true)
public class CountryProfileService {

	private static final String CAPITAL = "keyfacts.capital";

	/**
	 * The provenance attribute of each key fact, by its label: the detail of its source
	 * is translated under the attribute's path.
	 */
	private static final Map<String, String> KEY_FACT_SOURCES = Map.of(CAPITAL, "capitalSource", "keyfacts.population",
			"population.source", "keyfacts.area", "areaKm2.source", "keyfacts.gdp-per-capita", "gdpPerCapitaUsd.source",
			"keyfacts.gdp", "gdpUsd.source", "keyfacts.currency", "currencySource");

	/** How many partnerships the page's table shows: a page of the directory's. */
	static final int PARTNERSHIPS = PublicPage.SIZE;

	/** How many clusters each group of the landscape shows. */
	static final int CLUSTERS_PER_GROUP = 6;

	/** How many clusters the country's map shows at most. */
	static final int CLUSTERS_ON_MAP = 100;

	private final CountryRepository countries;

	private final ClusterRepository clusters;

	private final PartnershipRepository partnerships;

	private final CountryContentQuery content;

	private final Maps maps;

	private final KeyFactsFormatter keyFacts;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	CountryProfileService(CountryRepository countries, ClusterRepository clusters, PartnershipRepository partnerships,
			CountryContentQuery content, Maps maps, KeyFactsFormatter keyFacts, MarkdownRenderer markdown,
			Clock clock) {
		this.countries = countries;
		this.clusters = clusters;
		this.partnerships = partnerships;
		this.content = content;
		this.maps = maps;
		this.keyFacts = keyFacts;
		this.markdown = markdown;
		this.clock = clock;
	}

	/**
	 * @param preview whether to show drafts too, of items and of translations, as an
	 * editor checking the page before publishing
	 * @param language the page's language
	 */
	public Optional<CountryProfile> find(String slug, PartnershipSort sort, ClusterGrouping grouping, boolean preview,
			Language language) {
		return TextParameter.find(slug, (s) -> Optional.of(countries.findWithSectionsBySlug(s)))
			.filter((rows) -> !rows.isEmpty())
			.map((rows) -> load(rows, sort, grouping, new Texts(language, preview)));
	}

	private CountryProfile load(List<CountryWithSection> rows, PartnershipSort sort, ClusterGrouping grouping,
			Texts texts) {
		Country country = rows.get(0).getCountry();
		CountryProfile.Partnerships targeting = partnerships(country, sort);
		LocalizedText name = CountryNames.text(country, texts.language, texts.drafts);
		if (!country.hasProfile()) {
			return new CountryProfile(country, name, null, List.of(), List.of(),
					new ClusterLandscape(grouping, List.of(), 0), LandscapeTexts.none(), ClusterMap.NONE,
					CountryContent.NONE, targeting);
		}
		// The map's clusters come with the cards' entries, only for a country with a map
		// of its own.
		Optional<OutlineMap> map = maps.country(country.getIsoCode());
		int placedLimit = map.isPresent() ? CLUSTERS_ON_MAP : 0;
		Map<Boolean, List<ClusterRepository.CountryClusterRow>> clusterRows = ((grouping == ClusterGrouping.SECTOR)
				? clusters.findFirstBySector(country.getId(), CLUSTERS_PER_GROUP, placedLimit)
				: clusters.findFirstByRegion(country.getId(), CLUSTERS_PER_GROUP, placedLimit))
			.stream()
			.collect(Collectors.partitioningBy(ClusterRepository.CountryClusterRow::getOnMap));
		List<ClusterRepository.CountryClusterRow> entries = clusterRows.get(false);
		List<Cluster> shown = entries.isEmpty() ? List.of()
				: clusters.findCardsByIdIn(entries.stream().map(ClusterRepository.LandscapeEntry::getId).toList());
		ClusterLandscape landscape = ClusterLandscape.of(grouping, entries, shown, texts.language);
		ClusterMap clusterMap = map
			.map((outline) -> ClusterMap.of(outline, country.getIsoCode(), clusterRows.get(true), texts.language))
			.orElse(ClusterMap.NONE);
		LocalizedText introduction = (country.getIntroduction() != null)
				? texts.of(country, "introduction", country.getIntroduction()) : null;
		return new CountryProfile(country, name, introduction, facts(country, texts), sections(rows, texts), landscape,
				LandscapeTexts.of(landscape, markdown, texts.language, texts.drafts), clusterMap,
				content.find(country, LocalDate.now(clock), texts.statuses(), texts.language, texts.drafts), targeting);
	}

	private List<CountryProfile.Fact> facts(Country country, Texts texts) {
		return keyFacts.format(country).stream().map((fact) -> {
			String attribute = KEY_FACT_SOURCES.get(fact.label());
			LocalizedText value = fact.label().equals(CAPITAL) ? texts.of(country, "capital", fact.value())
					: LocalizedText.original(fact.value());
			return new CountryProfile.Fact(fact.label(), value, fact.year(), LocalizedProvenance.of(fact.source(),
					country.getTranslations(), attribute, texts.language, texts.drafts));
		}).toList();
	}

	private CountryProfile.Partnerships partnerships(Country country, PartnershipSort sort) {
		List<PartnershipRepository.PageEntry> page = partnerships.findPageTargeting(country, sort.toSort(),
				Limit.of(PARTNERSHIPS));
		if (page.isEmpty()) {
			return new CountryProfile.Partnerships(List.of(), 0);
		}
		List<Partnership> rows = partnerships
			.findRowsByIdIn(page.stream().map(PartnershipRepository.PageEntry::getId).toList(), sort.toSort());
		return new CountryProfile.Partnerships(rows, page.get(0).getTotal());
	}

	private List<SectionView> sections(List<CountryWithSection> rows, Texts texts) {
		return rows.stream()
			.map(CountryWithSection::getSection)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing(CountrySection::getTopic))
			.map((s) -> {
				LocalizedText body = texts.of(s, "body", s.getBody());
				return new SectionView(s.getTopic(), texts.of(s, "lead", s.getLead()),
						new LocalizedText(markdown.toHtml(body.value()), body.language(), body.fallback()));
			})
			.toList();
	}

	/**
	 * The page's language and whether it shows drafts, of content items and of
	 * translations alike: an editor's preview.
	 */
	private record Texts(Language language, boolean drafts) {

		LocalizedText of(Translatable item, String field, String original) {
			return item.getTranslations().text(field, original, language, drafts);
		}

		Set<PublicationStatus> statuses() {
			return drafts ? EnumSet.allOf(PublicationStatus.class) : EnumSet.of(PublicationStatus.PUBLISHED);
		}

	}

}
