package eu.clusterportal.site;

import java.time.LocalDate;
import java.util.List;

import eu.clusterportal.editorial.LocalizedText;

/**
 * What the front page shows: the portal's figures and the first few of each kind of
 * published content, their texts in the page's language.
 */
record FrontPage(Figures figures, List<CountryCard> countries, List<NewsLink> news, List<EventLink> events,
		List<PartnershipLink> partnerships, List<ClusterLink> clusters) {

	/** The countries shown that have a profile: where learning about a country starts. */
	public List<CountryCard> profiles() {
		return countries.stream().filter(CountryCard::hasProfile).toList();
	}

	/**
	 * A country with its key numbers.
	 *
	 * @param partnershipCount the partnerships that target it
	 * @param clusterCount the clusters in it
	 */
	record CountryCard(String slug, LocalizedText name, boolean hasProfile, long partnershipCount, long clusterCount) {
	}

	/**
	 * A partnership among the last added.
	 *
	 * @param smesInvolved {@code null} when not known
	 */
	record PartnershipLink(String acronym, LocalizedText name, Integer smesInvolved) {
	}

	/**
	 * A cluster among the last added.
	 *
	 * @param city {@code null} when not known
	 */
	record ClusterLink(String slug, LocalizedText name, LocalizedText city, LocalizedText countryName) {
	}

	/**
	 * @param smesInvolved the SMEs involved in the partnerships that say how many,
	 * {@code null} if none does
	 * @param partnershipsWithSmes the partnerships that say how many SMEs they involve
	 */
	record Figures(long countries, long clusters, long partnerships, Long smesInvolved, long partnershipsWithSmes) {
	}

	/** A news item and where to read it: its own address, or its country page's news. */
	record NewsLink(LocalizedText title, LocalDate publishedOn, LocalizedText countryName, String href) {
	}

	/**
	 * An event; {@code id} names its entry in the event list.
	 *
	 * @param endsOn {@code null} for a one-day event
	 * @param location {@code null} when not known or online
	 */
	record EventLink(long id, LocalizedText title, LocalDate startsOn, LocalDate endsOn, LocalizedText location,
			LocalizedText countryName) {
	}

}
