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
import eu.clusterportal.country.CountryAtAGlance;
import eu.clusterportal.country.CountryRepository;
import eu.clusterportal.editorial.PublicationStatus;
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

	FrontPage load() {
		List<CountryAtAGlance> countriesAtAGlance = countries.findAtAGlance(Limit.of(COUNTRIES));
		List<RecentPartnership> recentPartnerships = partnerships.findRecent(Limit.of(PARTNERSHIPS));
		List<RecentCluster> recentClusters = clusters.findRecent(Limit.of(CLUSTERS));
		List<FrontPage.NewsLink> latestNews = news
			.findByStatusOrderByPublishedOnDescTitleAsc(PublicationStatus.PUBLISHED, Limit.of(NEWS))
			.stream()
			.map(FrontPageService::newsLink)
			.toList();
		List<FrontPage.EventLink> upcoming = events.findUpcoming(LocalDate.now(clock), Limit.of(EVENTS))
			.stream()
			.map(FrontPageService::eventLink)
			.toList();
		return new FrontPage(figures(countriesAtAGlance, recentPartnerships, recentClusters), countriesAtAGlance,
				latestNews, upcoming, recentPartnerships, recentClusters);
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

	private static FrontPage.NewsLink newsLink(NewsItem item) {
		return new FrontPage.NewsLink(item.getTitle(), item.getPublishedOn(), item.getCountry().getName(),
				WebAddress.orElse(item.getUrl(), "/news/" + item.getId()));
	}

	private static FrontPage.EventLink eventLink(Event event) {
		return new FrontPage.EventLink(event.getId(), event.getTitle(), event.getStartsOn(), event.getEndsOn(),
				event.getLocation(), event.getCountry().getName());
	}

}
