package eu.clusterportal.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import eu.clusterportal.cluster.ClusterRepository;
import eu.clusterportal.cluster.RecentCluster;
import eu.clusterportal.content.Event;
import eu.clusterportal.content.EventRepository;
import eu.clusterportal.content.NewsItem;
import eu.clusterportal.content.NewsItemRepository;
import eu.clusterportal.country.Country;
import eu.clusterportal.country.CountryNames;
import eu.clusterportal.country.CountryAtAGlance;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.editorial.Translatable;
import eu.clusterportal.partnership.PartnershipRepository;
import eu.clusterportal.partnership.RecentPartnership;
import eu.clusterportal.web.WebAddress;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the front page in five statements whatever the data: each list is capped, and the
 * figures come with the lists as window functions over the whole tables.
 */
@Service
@Transactional(readOnly = true)
class FrontPageService {

	static final int COUNTRIES = 4;

	static final int NEWS = 3;

	static final int EVENTS = 3;

	static final int PARTNERSHIPS = 4;

	static final int CLUSTERS = 4;

	private final CountryRepository countries;

	private final PartnershipRepository partnerships;

	private final ClusterRepository clusters;

	private final NewsItemRepository news;

	private final EventRepository events;

	private final Clock clock;

	FrontPageService(CountryRepository countries, PartnershipRepository partnerships, ClusterRepository clusters,
			NewsItemRepository news, EventRepository events, Clock clock) {
		this.countries = countries;
		this.partnerships = partnerships;
		this.clusters = clusters;
		this.news = news;
		this.events = events;
		this.clock = clock;
	}

	FrontPage load(Language language) {
		List<CountryAtAGlance> countriesAtAGlance = countries.findAtAGlance(Limit.of(COUNTRIES));
		List<RecentPartnership> recentPartnerships = partnerships.findRecent(Limit.of(PARTNERSHIPS));
		List<RecentCluster> recentClusters = clusters.findRecent(Limit.of(CLUSTERS));
		List<FrontPage.NewsLink> latestNews = news
			.findByStatusOrderByPublishedOnDescTitleAsc(PublicationStatus.PUBLISHED, Limit.of(NEWS))
			.stream()
			.map((item) -> newsLink(item, language))
			.toList();
		List<FrontPage.EventLink> upcoming = events.findUpcoming(LocalDate.now(clock), Limit.of(EVENTS))
			.stream()
			.map((event) -> eventLink(event, language))
			.toList();
		return new FrontPage(figures(countriesAtAGlance, recentPartnerships, recentClusters),
				countriesAtAGlance.stream()
					.map((c) -> new FrontPage.CountryCard(c.slug(), c.name(language), c.hasProfile(),
							c.partnershipCount(), c.clusterCount()))
					.toList(),
				latestNews, upcoming,
				recentPartnerships.stream()
					.map((p) -> new FrontPage.PartnershipLink(p.acronym(), p.name(language), p.smesInvolved()))
					.toList(),
				recentClusters.stream()
					.map((c) -> new FrontPage.ClusterLink(c.slug(), c.name(language), c.city(language),
							c.countryName(language)))
					.toList());
	}

	// Each row carries the totals of its table; no row means there is nothing to count.
	private static FrontPage.Figures figures(List<CountryAtAGlance> countries, List<RecentPartnership> partnerships,
			List<RecentCluster> clusters) {
		Optional<RecentPartnership> anyPartnership = partnerships.stream().findFirst();
		return new FrontPage.Figures(countries.stream().findFirst().map(CountryAtAGlance::countriesInAll).orElse(0L),
				clusters.stream().findFirst().map(RecentCluster::clustersInAll).orElse(0L),
				anyPartnership.map(RecentPartnership::partnershipsInAll).orElse(0L),
				anyPartnership.map(RecentPartnership::smesInAll).orElse(null),
				anyPartnership.map(RecentPartnership::partnershipsWithSmes).orElse(0L));
	}

	private static FrontPage.NewsLink newsLink(NewsItem item, Language language) {
		return new FrontPage.NewsLink(text(item, "title", item.getTitle(), language), item.getPublishedOn(),
				countryName(item.getCountry(), language), WebAddress.orElse(item.getUrl(), "/news/" + item.getId()));
	}

	private static FrontPage.EventLink eventLink(Event event, Language language) {
		return new FrontPage.EventLink(event.getId(), text(event, "title", event.getTitle(), language),
				event.getStartsOn(), event.getEndsOn(), text(event, "location", event.getLocation(), language),
				countryName(event.getCountry(), language));
	}

	private static LocalizedText countryName(Country country, Language language) {
		return CountryNames.text(country, language, false);
	}

	/** A text in the page's language; {@code null} where the original has none. */
	private static LocalizedText text(Translatable item, String field, String original, Language language) {
		return (original != null) ? item.getTranslations().text(field, original, language, false) : null;
	}

}
