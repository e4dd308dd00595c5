package eu.clusterportal.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.clusterportal.content.NewsItem;
import eu.clusterportal.editorial.Language;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;
import eu.clusterportal.partnership.Partnership;

/**
 * Everything a partnership's page shows: the partnership with its terms, targets and
 * members, its description rendered from Markdown ({@code null} if it has none) and its
 * news, their texts in the page's language.
 */
record PartnershipProfile(Partnership partnership, LocalizedText descriptionHtml, List<News> news) {

	/**
	 * A news item of the partnership in the page's language, named as the news fragment
	 * reads it.
	 */
	record News(LocalizedText title, LocalizedText summary, PublicationStatus status, LocalDate publishedOn,
			String url) {

		static News of(NewsItem item, Language language) {
			return new News(text(item, "title", item.getTitle(), language),
					text(item, "summary", item.getSummary(), language), item.getStatus(), item.getPublishedOn(),
					item.getUrl());
		}

		private static LocalizedText text(NewsItem item, String field, String original, Language language) {
			return (original != null) ? item.getTranslations().text(field, original, language, false) : null;
		}

	}

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
