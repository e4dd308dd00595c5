package eu.clusterportal.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.clusterportal.cluster.Cluster;
import eu.clusterportal.cluster.ClusterGrouping;
import eu.clusterportal.cluster.ClusterLandscape;
import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.Region;
import eu.clusterportal.cluster.RegionRepository;
import eu.clusterportal.content.AchievementRepository;
import eu.clusterportal.content.DocumentRepository;
import eu.clusterportal.content.EventRepository;
import eu.clusterportal.content.NewsChannel;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.country.CountrySection;
import eu.clusterportal.country.CountrySectionRepository;
import eu.clusterportal.directory.PartnershipSort;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.system.MarkdownRenderer;
import eu.clusterportal.web.TextParameter;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a country page. Each block is one query, so a page costs the same number of SQL
 * statements however many rows it shows.
 */
@Service
@Transactional(readOnly = true)
public class CountryProfileService {

	/** How many news items and events a block shows. */
	static final Limit BLOCK_SIZE = Limit.of(5);

	private final CountryRepository countries;

	private final CountrySectionRepository sections;

	private final RegionRepository regions;

	private final ClusterRepository clusters;

	private final PartnershipRepository partnerships;

	private final DocumentRepository documents;

	private final NewsItemRepository news;

	private final EventRepository events;

	private final AchievementRepository achievements;

	private final KeyFactsFormatter keyFacts;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	CountryProfileService(CountryRepository countries, CountrySectionRepository sections, RegionRepository regions,
			ClusterRepository clusters, PartnershipRepository partnerships, DocumentRepository documents,
			NewsItemRepository news, EventRepository events, AchievementRepository achievements,
			KeyFactsFormatter keyFacts, MarkdownRenderer markdown, Clock clock) {
		this.countries = countries;
		this.sections = sections;
		this.regions = regions;
		this.clusters = clusters;
		this.partnerships = partnerships;
		this.documents = documents;
		this.news = news;
		this.events = events;
		this.achievements = achievements;
		this.keyFacts = keyFacts;
		this.markdown = markdown;
		this.clock = clock;
	}

	/**
	 * @param preview whether to show drafts too, as an editor checking the page before
	 * publishing
	 */
	public Optional<CountryProfile> find(String slug, PartnershipSort sort, ClusterGrouping grouping, boolean preview) {
		Set<PublicationStatus> statuses = preview ? EnumSet.allOf(PublicationStatus.class)
				: EnumSet.of(PublicationStatus.PUBLISHED);
		return TextParameter.find(slug, countries::findBySlug)
			.map((country) -> load(country, sort, grouping, statuses));
	}

	private CountryProfile load(Country country, PartnershipSort sort, ClusterGrouping grouping,
			Set<PublicationStatus> statuses) {
		var targeting = partnerships.findTargeting(country, sort.toSort());
		if (!country.hasProfile()) {
			return new CountryProfile(country, List.of(), List.of(),
					ClusterLandscape.of(grouping, List.of(), List.of()), LandscapeTexts.none(), List.of(), List.of(),
					List.of(), List.of(), List.of(), targeting);
		}
		List<Region> countryRegions = regions.findByCountryOrderByPosition(country);
		List<Cluster> countryClusters = clusters.findByCountryOrderByName(country);
		return new CountryProfile(country, keyFacts.format(country), sections(country),
				ClusterLandscape.of(grouping, countryRegions, countryClusters),
				LandscapeTexts.of(countryRegions, countryClusters, markdown),
				documents.findByCountryAndStatusInOrderByKindAscTitleAsc(country, statuses),
				news.findByCountryAndChannelAndStatusInOrderByPublishedOnDescTitleAsc(country, NewsChannel.COUNTRY,
						statuses, BLOCK_SIZE),
				events.findUpcoming(country, LocalDate.now(clock), statuses, BLOCK_SIZE),
				achievements.findByCountryAndStatusInOrderByStartDescTitleAsc(country, statuses),
				news.findByCountryAndChannelAndStatusInOrderByPublishedOnDescTitleAsc(country, NewsChannel.ESCP4I,
						statuses, BLOCK_SIZE),
				targeting);
	}

	private List<SectionView> sections(Country country) {
		return sections.findByCountry(country)
			.stream()
			.sorted(Comparator.comparing(CountrySection::getTopic))
			.map((s) -> new SectionView(s.getTopic(), s.getLead(), markdown.toHtml(s.getBody())))
			.toList();
	}

}
