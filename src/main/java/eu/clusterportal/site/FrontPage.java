package eu.clusterportal.site;

import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.cluster.RecentCluster;
import eu.clusterportal.country.CountryAtAGlance;
import eu.clusterportal.partnership.RecentPartnership;

/**
 * What the front page shows: the portal's figures and the first few of each kind of
 * published content.
 */
record FrontPage(Figures figures, List<CountryAtAGlance> countries, List<NewsLink> news, List<EventLink> events,
		List<RecentPartnership> partnerships, List<RecentCluster> clusters) {

	/** The countries shown that have a profile: where learning about a country starts. */
	public List<CountryAtAGlance> profiles() {
		return countries.stream().filter(CountryAtAGlance::hasProfile).toList();
	}

	/**
	 * @param smesInvolved the SMEs involved in the partnerships that say how many,
	 * {@code null} if none does
	 * @param partnershipsWithSmes the partnerships that say how many SMEs they involve
	 */
	record Figures(long countries, long clusters, long partnerships, Long smesInvolved, long partnershipsWithSmes) {
	}

	/** A news item and where to read it: its own address, or its country page's news. */
	record NewsLink(String title, LocalDate publishedOn, String countryName, String href) {
	}

	/**
	 * An event; {@code id} names its entry in the event list.
	 *
	 * @param endsOn {@code null} for a one-day event
	 * @param location {@code null} when not known or online
	 */
	record EventLink(long id, String title, LocalDate startsOn, LocalDate endsOn, String location, String countryName) {
	}

}
