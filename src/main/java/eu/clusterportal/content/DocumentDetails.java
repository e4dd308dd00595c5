package eu.clusterportal.content;

import eu.clusterportal.country.Country;
import eu.clusterportal.editorial.PublicationStatus;

/**
 * Everything an editor sets on a document, as one value: what a form hands over and what
 * an earlier version gives back to be restored.
 */
public record DocumentDetails(Country country, DocumentKind kind, String title, PublicationDate published,
		String summary, String url, DocumentFile file, PublicationStatus status) {
}
