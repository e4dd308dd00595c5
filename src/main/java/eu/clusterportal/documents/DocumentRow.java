package eu.clusterportal.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import eu.clusterportal.content.DocumentKind;
import eu.clusterportal.content.FileSize;
import eu.clusterportal.content.PublicationDate;
import eu.clusterportal.editorial.LocalizedText;
import org.springframework.web.util.UriUtils;

/**
 * A document as the document library shows it, its texts in the page's language.
 *
 * @param published the day or year of publication, or {@code null}
 * @param url the address where it can be read online, as stored, or {@code null}
 * @param fileName the name of its PDF, or {@code null} when none is uploaded
 * @param size the size of its PDF, or {@code null}
 * @param changed when it was published (the day, or 1 January of the year) or else last
 * saved, for feeds
 */
public record DocumentRow(long id, LocalizedText title, LocalizedText summary, DocumentKind kind,
		PublicationDate published, String url, String fileName, FileSize size, String countrySlug,
		LocalizedText countryName, Instant changed) {

	/** The address of its PDF on the portal, or {@code null} when none is uploaded. */
	public String downloadPath() {
		return (fileName != null)
				? "/documents/" + id + "/" + UriUtils.encodePathSegment(fileName, StandardCharsets.UTF_8) : null;
	}

	/** The URL value of its kind, as the {@code type} filter carries it. */
	public String typeParameter() {
		return DocumentLibraryService.typeParameter(kind);
	}

}
