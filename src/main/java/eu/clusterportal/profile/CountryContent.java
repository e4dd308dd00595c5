package eu.clusterportal.profile;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.FileSize;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.cooperation.PartnerRequestDirection;
import eu.clusterportal.cooperation.PartnerRequestKind;
import eu.clusterportal.editorial.LocalizedProvenance;
import eu.clusterportal.editorial.LocalizedText;
import eu.clusterportal.editorial.PublicationStatus;

/**
 * The content blocks of a country page, each capped: what the page shows of a country's
 * documents, news, events, achievements and ESCP-4i news, and the organisations there
 * that help European clusters, their texts in the page's language. The entries name their
 * values as the entities do, so that the item fragments render either.
 */
public record CountryContent(List<DocumentEntry> documents, List<NewsEntry> news, List<EventEntry> events,
		List<AchievementEntry> achievements, List<NewsEntry> escp4iNews, List<SupportBodyEntry> supportBodies,
		List<RequestEntry> requests) {

	static final CountryContent NONE = new CountryContent(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), List.of());

	/**
	 * @param file the uploaded file, {@code null} if there is none
	 */
	public record DocumentEntry(long id, LocalizedText title, LocalizedText summary, PublicationStatus status,
			DocumentKind kind, PublicationDate published, String url, FileEntry file) {
	}

	public record FileEntry(String fileName, FileSize readableSize) {
	}

	public record NewsEntry(LocalizedText title, LocalizedText summary, PublicationStatus status, LocalDate publishedOn,
			String url) {
	}

	public record EventEntry(LocalizedText title, LocalizedText summary, PublicationStatus status, LocalDate startsOn,
			LocalDate endsOn, LocalizedText location, String onlineUrl) {
	}

	/**
	 * @param source where what it says comes from, {@code null} when not recorded
	 */
	public record AchievementEntry(LocalizedText title, LocalizedText summary, PublicationStatus status, Year start,
			Year end, String url, LocalizedProvenance source) {
	}

	/** An open partner request targeting the country. */
	public record RequestEntry(long id, LocalizedText title, PartnerRequestDirection direction, PartnerRequestKind kind,
			LocalDate deadline) {
	}

	/** An organisation that helps European clusters in the country. */
	public record SupportBodyEntry(String slug, LocalizedText name) {
	}

}
