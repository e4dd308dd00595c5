package eu.clusterportal.directory;

import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a partnership's page shows: the partnership with its terms, targets and
 * members, its description rendered from Markdown ({@code null} if it has none) and its
 * news.
 */
record PartnershipProfile(Partnership partnership, String descriptionHtml, List<NewsItem> news) {

	/**
	 * The parts of the page with nothing recorded, as the message keys of their names, in
	 * the page's order: the page names them in one sentence instead of showing empty
	 * boxes.
	 */
	public List<String> unrecorded() {
		List<String> parts = new ArrayList<>();
		addIf(parts, partnership.getSmesInvolved() == null, "partnerships.column.smes");
		addIf(parts, partnership.getPartners() == null, "partnerships.column.partners");
		addIf(parts, partnership.getTechnologyFields().isEmpty(), "partnerships.column.technology-fields");
		addIf(parts, partnership.getSectors().isEmpty(), "partnerships.column.sectors");
		addIf(parts, partnership.getMembers().isEmpty(), "partnership.members");
		addIf(parts, partnership.getTargetCountries().isEmpty(), "partnerships.column.targets");
		addIf(parts, news.isEmpty(), "news.heading");
		return parts;
	}

	private static void addIf(List<String> parts, boolean empty, String name) {
		if (empty) {
			parts.add(name);
		}
	}

}
